# SPDX-License-Identifier: GPL-3.0-or-later
"""What a visitor of the contact form reads, in English, German and Danish.

A web page is rendered for the visitor's language, not the agent's, and this process has no Qt:
so, like the survey mails (agentdesk.surveys.outgoing), the visitor's sentences are kept here,
one entry per sentence with all three languages (tests/web/test_texts.py holds every entry
complete). German speaks to the customer with "Sie", Danish with "du".
"""

from __future__ import annotations

LANGUAGES = ("en", "de", "da")
DEFAULT = "en"

TEXTS: dict[str, dict[str, str]] = {
    "title": {"en": "Contact us", "de": "Kontakt", "da": "Kontakt os"},
    "intro": {
        "en": "Write to us and we will answer by email.",
        "de": "Schreiben Sie uns, wir antworten Ihnen per E-Mail.",
        "da": "Skriv til os, så svarer vi dig på e-mail.",
    },
    "name": {"en": "Your name", "de": "Ihr Name", "da": "Dit navn"},
    "email": {"en": "Your email address", "de": "Ihre E-Mail-Adresse", "da": "Din e-mailadresse"},
    "subject": {"en": "Subject", "de": "Betreff", "da": "Emne"},
    "message": {"en": "Message", "de": "Nachricht", "da": "Besked"},
    "required": {"en": "required", "de": "Pflichtfeld", "da": "skal udfyldes"},
    "honeypot": {
        "en": "Leave this field empty",
        "de": "Dieses Feld bitte leer lassen",
        "da": "Lad dette felt være tomt",
    },
    "send": {"en": "Send", "de": "Senden", "da": "Send"},
    "privacy": {
        "en": "We keep your name, email address and message to answer you, as our privacy notice says.",
        "de": "Wir speichern Ihren Namen, Ihre E-Mail-Adresse und Ihre Nachricht, um Ihnen zu "
        "antworten, wie in unserer Datenschutzerklärung beschrieben.",
        "da": "Vi gemmer dit navn, din e-mailadresse og din besked for at kunne svare dig, som "
        "beskrevet i vores privatlivspolitik.",
    },
    "thanks_title": {"en": "Thank you", "de": "Vielen Dank", "da": "Tak"},
    "thanks": {
        "en": "We have your message (number {number}) and will answer you by email at {email}.",
        "de": "Wir haben Ihre Nachricht (Nummer {number}) erhalten und antworten Ihnen per E-Mail "
        "an {email}.",
        "da": "Vi har modtaget din besked (nummer {number}) og svarer dig på e-mail til {email}.",
    },
    "problem_title": {
        "en": "Your message was not sent",
        "de": "Ihre Nachricht wurde nicht gesendet",
        "da": "Din besked blev ikke sendt",
    },
    "back": {"en": "Back to the form", "de": "Zurück zum Formular", "da": "Tilbage til formularen"},
    # Why a form is refused: one sentence each, with what to do about it.
    "too_large": {
        "en": "Your message is too large for this form (at most {limit} characters). Please shorten it.",
        "de": "Ihre Nachricht ist für dieses Formular zu groß (höchstens {limit} Zeichen). Bitte "
        "kürzen Sie sie.",
        "da": "Din besked er for stor til denne formular (højst {limit} tegn). Gør den venligst kortere.",
    },
    "field_too_long": {
        "en": "The field “{field}” is too long (at most {limit} characters).",
        "de": "Das Feld „{field}“ ist zu lang (höchstens {limit} Zeichen).",
        "da": "Feltet “{field}” er for langt (højst {limit} tegn).",
    },
    "field_missing": {
        "en": "Please fill in the field “{field}”.",
        "de": "Bitte füllen Sie das Feld „{field}“ aus.",
        "da": "Udfyld venligst feltet “{field}”.",
    },
    "field_not_text": {
        "en": "The field “{field}” holds characters that are not text.",
        "de": "Das Feld „{field}“ enthält Zeichen, die kein Text sind.",
        "da": "Feltet “{field}” indeholder tegn, som ikke er tekst.",
    },
    "bad_email": {
        "en": "“{email}” is not an email address we can answer to.",
        "de": "„{email}“ ist keine E-Mail-Adresse, an die wir antworten können.",
        "da": "“{email}” er ikke en e-mailadresse, vi kan svare til.",
    },
    "bad_token": {
        "en": "The form has expired or was not sent from our page. Please load the form again and resend.",
        "de": "Das Formular ist abgelaufen oder wurde nicht von unserer Seite gesendet. Bitte laden "
        "Sie das Formular neu und senden Sie es noch einmal.",
        "da": "Formularen er udløbet eller blev ikke sendt fra vores side. Indlæs formularen igen, "
        "og send den en gang til.",
    },
    "too_fast": {
        "en": "The form was sent too quickly after it was loaded. Please wait a moment and send it again.",
        "de": "Das Formular wurde zu schnell nach dem Laden gesendet. Bitte warten Sie einen Moment "
        "und senden Sie es noch einmal.",
        "da": "Formularen blev sendt for hurtigt, efter den blev indlæst. Vent et øjeblik, og send den igen.",
    },
    "rate_limited": {
        "en": "You have sent several messages in a short time. Please try again in {minutes} minutes.",
        "de": "Sie haben in kurzer Zeit mehrere Nachrichten gesendet. Bitte versuchen Sie es in "
        "{minutes} Minuten noch einmal.",
        "da": "Du har sendt flere beskeder på kort tid. Prøv igen om {minutes} minutter.",
    },
    "refused": {
        "en": "Your message could not be accepted.",
        "de": "Ihre Nachricht konnte nicht angenommen werden.",
        "da": "Din besked kunne ikke modtages.",
    },
    "bad_request": {
        "en": "The form could not be read. Please load it again and resend.",
        "de": "Das Formular konnte nicht gelesen werden. Bitte laden Sie es neu und senden Sie es "
        "noch einmal.",
        "da": "Formularen kunne ikke læses. Indlæs den igen, og send den en gang til.",
    },
    "failed": {
        "en": "Something went wrong on our side; your message was not saved. Please try again later.",
        "de": "Bei uns ist ein Fehler aufgetreten; Ihre Nachricht wurde nicht gespeichert. Bitte "
        "versuchen Sie es später noch einmal.",
        "da": "Der opstod en fejl hos os; din besked blev ikke gemt. Prøv igen senere.",
    },
    "not_found": {
        "en": "There is no page here.",
        "de": "Hier gibt es keine Seite.",
        "da": "Der er ingen side her.",
    },
    "forbidden_origin": {
        "en": "This form may only be sent from the shop's own website.",
        "de": "Dieses Formular kann nur von der Website des Shops gesendet werden.",
        "da": "Denne formular kan kun sendes fra butikkens eget website.",
    },
}


def text(key: str, language: str, **values: object) -> str:
    """The sentence ``key`` in ``language`` (English for a language we do not have)."""
    entry = TEXTS[key]
    sentence = entry.get(language) or entry[DEFAULT]
    return sentence.format(**values) if values else sentence


def choose_language(asked: str | None, accept_language: str | None) -> str:
    """``?lang=`` when it names one of ours, else the best of the browser's Accept-Language
    (its quality values honoured; "de-AT" counts as "de"), else English."""
    if asked:
        short = asked.strip().lower()[:2]
        if short in LANGUAGES:
            return short
    best, best_q = DEFAULT, -1.0
    for part in (accept_language or "")[:1000].split(",")[:30]:
        tag, _, params = part.strip().partition(";")
        short = tag.strip().lower()[:2]
        if short not in LANGUAGES:
            continue
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                continue
        if not 0.0 < quality <= 1.0:
            continue
        if quality > best_q:  # equal qualities: the one the browser lists first wins
            best, best_q = short, quality
    return best
