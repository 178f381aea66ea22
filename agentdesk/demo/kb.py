# SPDX-License-Identifier: GPL-3.0-or-later
# ruff: noqa: E501  (the articles' texts are data: one line each reads best)
"""The demo workspace's knowledge base: help articles of a web shop in English, German and Danish
(public ones for the help centre, internal ones for the team), written by the demo agents, some
reviewed recently and some not for many months, some used in many replies.

``add_demo_kb`` checks them as the desktop does (``KnowledgeBase.checked``) and writes them with
fixed ids, anchored to the demo's clock, so the same anchor gives the same rows."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from agentdesk.kb.articles import ArticleDraft, KnowledgeBase, Variant
from agentdesk.store.database import Store
from agentdesk.store.kb_models import KbArticle, KbArticleUsage, KbArticleVariant
from agentdesk.store.models import Agent


@dataclass(frozen=True)
class DemoArticle:
    tags: tuple[str, ...]
    public: bool
    age_days: int  # days since it was last reviewed, at the anchor
    uses: int
    en: tuple[str, str]
    de: tuple[str, str]
    da: tuple[str, str]


def _a(
    tags: str,
    public: bool,
    age: int,
    uses: int,
    en: tuple[str, str],
    de: tuple[str, str],
    da: tuple[str, str],
) -> DemoArticle:
    return DemoArticle(tuple(t.strip() for t in tags.split(",")), public, age, uses, en, de, da)


ARTICLES: tuple[DemoArticle, ...] = (
    _a(
        "shipping, tracking",
        True,
        20,
        41,
        (
            "Where is my parcel?",
            "Your **tracking number** is in the shipping confirmation we emailed you.\n\n1. Open the shipping confirmation.\n2. Click the tracking number.\n3. The carrier shows where your parcel is.\n\nNo update for 3 working days? Reply to the confirmation and we will ask the carrier.",
        ),
        (
            "Wo bleibt mein Paket?",
            "Ihre **Sendungsnummer** steht in der Versandbestätigung, die wir Ihnen per E-Mail geschickt haben.\n\n1. Öffnen Sie die Versandbestätigung.\n2. Klicken Sie auf die Sendungsnummer.\n3. Der Paketdienst zeigt, wo Ihr Paket ist.\n\nSeit 3 Werktagen keine Neuigkeit? Antworten Sie auf die Bestätigung, dann fragen wir beim Paketdienst nach.",
        ),
        (
            "Hvor er min pakke?",
            "Dit **sporingsnummer** står i forsendelsesbekræftelsen, vi har mailet til dig.\n\n1. Åbn forsendelsesbekræftelsen.\n2. Klik på sporingsnummeret.\n3. Fragtfirmaet viser, hvor din pakke er.\n\nIngen opdatering i 3 hverdage? Svar på bekræftelsen, så spørger vi fragtfirmaet.",
        ),
    ),
    _a(
        "shipping, delivery time",
        True,
        45,
        27,
        (
            "Delivery times",
            "Orders placed on a working day before 2 pm leave our warehouse the same day.\n\n- Germany: 1–2 working days\n- Denmark: 2–3 working days\n- Rest of the EU: 3–5 working days",
        ),
        (
            "Lieferzeiten",
            "Bestellungen, die an einem Werktag vor 14 Uhr eingehen, verlassen unser Lager noch am selben Tag.\n\n- Deutschland: 1–2 Werktage\n- Dänemark: 2–3 Werktage\n- Übrige EU: 3–5 Werktage",
        ),
        (
            "Leveringstider",
            "Ordrer, der afgives på en hverdag før kl. 14, forlader vores lager samme dag.\n\n- Tyskland: 1–2 hverdage\n- Danmark: 2–3 hverdage\n- Resten af EU: 3–5 hverdage",
        ),
    ),
    _a(
        "shipping, costs",
        True,
        300,
        12,
        (
            "Shipping costs",
            "Shipping is **free from 49 €**. Below that we charge 4.95 € within Germany and Denmark and 7.95 € to the rest of the EU.",
        ),
        (
            "Versandkosten",
            "Ab **49 € versenden wir kostenlos**. Darunter berechnen wir 4,95 € innerhalb Deutschlands und Dänemarks und 7,95 € in die übrige EU.",
        ),
        (
            "Fragtpriser",
            "Fragt er **gratis fra 49 €**. Under det koster fragt 4,95 € i Tyskland og Danmark og 7,95 € til resten af EU.",
        ),
    ),
    _a(
        "shipping, address",
        True,
        60,
        9,
        (
            "Changing the delivery address",
            "We can change the address until your order has left the warehouse. Reply to your order confirmation with the new address. Once the parcel is on its way, the carrier's tracking page lets you redirect it to a parcel shop.",
        ),
        (
            "Lieferadresse ändern",
            "Wir können die Adresse ändern, bis Ihre Bestellung das Lager verlassen hat. Antworten Sie dazu auf die Bestellbestätigung mit der neuen Adresse. Ist das Paket unterwegs, können Sie es auf der Seite der Sendungsverfolgung an einen Paketshop umleiten.",
        ),
        (
            "Ændre leveringsadressen",
            "Vi kan ændre adressen, indtil din ordre har forladt lageret. Svar på din ordrebekræftelse med den nye adresse. Er pakken på vej, kan du omdirigere den til en pakkeshop via fragtfirmaets sporingsside.",
        ),
    ),
    _a(
        "shipping, damaged",
        True,
        15,
        18,
        (
            "My parcel arrived damaged",
            "We are sorry! Please send us **photos of the parcel and the item** by replying to your order confirmation. You get a replacement or your money back, whichever you prefer; you do not need to send the damaged item back.",
        ),
        (
            "Mein Paket kam beschädigt an",
            "Das tut uns leid! Bitte schicken Sie uns **Fotos vom Paket und vom Artikel** als Antwort auf Ihre Bestellbestätigung. Sie bekommen Ersatz oder Ihr Geld zurück, ganz wie Sie möchten; den beschädigten Artikel müssen Sie nicht zurückschicken.",
        ),
        (
            "Min pakke kom beskadiget frem",
            "Det er vi kede af! Send os **billeder af pakken og varen** som svar på din ordrebekræftelse. Du får en ny vare eller pengene tilbage, som du foretrækker; du skal ikke sende den beskadigede vare retur.",
        ),
    ),
    _a(
        "shipping, missing",
        True,
        90,
        8,
        (
            "An item is missing from my parcel",
            "Sometimes an order comes in two parcels: the shipping confirmation lists each one. If everything has arrived and an item is still missing, tell us which one and we send it at once.",
        ),
        (
            "Ein Artikel fehlt im Paket",
            "Manchmal kommt eine Bestellung in zwei Paketen: Die Versandbestätigung nennt jedes einzeln. Ist alles angekommen und fehlt trotzdem ein Artikel, sagen Sie uns welcher, und wir schicken ihn sofort nach.",
        ),
        (
            "Der mangler en vare i min pakke",
            "Nogle gange kommer en ordre i to pakker: forsendelsesbekræftelsen viser hver pakke. Er alt kommet frem, og mangler der stadig en vare, så skriv hvilken, så sender vi den med det samme.",
        ),
    ),
    _a(
        "returns",
        True,
        30,
        35,
        (
            "How do I return an item?",
            "You can return any item within **30 days**.\n\n1. Print the return label from your order confirmation.\n2. Pack the item with the return slip.\n3. Hand it in at any parcel shop.\n\nThe return is free within Germany and Denmark.",
        ),
        (
            "Wie schicke ich einen Artikel zurück?",
            "Sie können jeden Artikel innerhalb von **30 Tagen** zurückschicken.\n\n1. Drucken Sie das Rücksendeetikett aus Ihrer Bestellbestätigung aus.\n2. Legen Sie den Rücksendeschein in das Paket.\n3. Geben Sie es in einem Paketshop ab.\n\nInnerhalb Deutschlands und Dänemarks ist die Rücksendung kostenlos.",
        ),
        (
            "Hvordan returnerer jeg en vare?",
            "Du kan returnere alle varer inden for **30 dage**.\n\n1. Print returlabelen fra din ordrebekræftelse.\n2. Læg returseddelen i pakken.\n3. Aflevér den i en pakkeshop.\n\nReturnering er gratis i Tyskland og Danmark.",
        ),
    ),
    _a(
        "returns, refund",
        True,
        25,
        30,
        (
            "When do I get my money back?",
            "We refund within **5 working days** after your return reaches us, to the payment method you used. Your bank may take another 2–3 days to show it.",
        ),
        (
            "Wann bekomme ich mein Geld zurück?",
            "Wir erstatten innerhalb von **5 Werktagen**, nachdem Ihre Rücksendung bei uns angekommen ist, auf die Zahlungsart, die Sie genutzt haben. Ihre Bank braucht eventuell weitere 2–3 Tage.",
        ),
        (
            "Hvornår får jeg mine penge tilbage?",
            "Vi refunderer inden for **5 hverdage**, efter din returnering er nået frem til os, til den betalingsmetode, du brugte. Din bank kan bruge yderligere 2–3 dage.",
        ),
    ),
    _a(
        "returns, exchange",
        True,
        200,
        14,
        (
            "Exchanging for another size or colour",
            "The quickest way is to return the item and place a new order: that way the new size is reserved for you at once. Returns are free.",
        ),
        (
            "Umtausch in eine andere Größe oder Farbe",
            "Am schnellsten geht es, wenn Sie den Artikel zurückschicken und neu bestellen: So ist die neue Größe sofort für Sie reserviert. Die Rücksendung ist kostenlos.",
        ),
        (
            "Bytte til en anden størrelse eller farve",
            "Det hurtigste er at returnere varen og afgive en ny ordre: så er den nye størrelse reserveret til dig med det samme. Returnering er gratis.",
        ),
    ),
    _a(
        "returns, sale",
        True,
        240,
        4,
        (
            "Returning sale items",
            "Sale items can be returned within 30 days like everything else. Items marked *final sale* cannot be returned.",
        ),
        (
            "Rückgabe reduzierter Artikel",
            "Reduzierte Artikel können Sie wie alle anderen innerhalb von 30 Tagen zurückgeben. Artikel mit dem Hinweis *Endverkauf* sind vom Umtausch ausgeschlossen.",
        ),
        (
            "Returnering af udsalgsvarer",
            "Udsalgsvarer kan returneres inden for 30 dage som alle andre varer. Varer markeret *endeligt salg* kan ikke returneres.",
        ),
    ),
    _a(
        "payment",
        True,
        50,
        16,
        (
            "Which payment methods can I use?",
            "You can pay by credit card (Visa, Mastercard), PayPal, Klarna invoice, MobilePay (Denmark) and bank transfer in advance.",
        ),
        (
            "Welche Zahlungsarten gibt es?",
            "Sie können mit Kreditkarte (Visa, Mastercard), PayPal, Klarna-Rechnung, MobilePay (Dänemark) und per Vorkasse bezahlen.",
        ),
        (
            "Hvilke betalingsmetoder kan jeg bruge?",
            "Du kan betale med kreditkort (Visa, Mastercard), PayPal, Klarna-faktura, MobilePay og bankoverførsel forud.",
        ),
    ),
    _a(
        "payment, invoice",
        True,
        40,
        22,
        (
            "Paying by invoice",
            "With Klarna invoice you pay **within 14 days** of shipping. Klarna sends the invoice by email; questions about it go to Klarna's customer service.",
        ),
        (
            "Zahlung per Rechnung",
            "Mit Klarna-Rechnung zahlen Sie **innerhalb von 14 Tagen** nach dem Versand. Klarna schickt die Rechnung per E-Mail; Fragen dazu beantwortet der Kundenservice von Klarna.",
        ),
        (
            "Betaling med faktura",
            "Med Klarna-faktura betaler du **inden for 14 dage** efter afsendelse. Klarna sender fakturaen på mail; spørgsmål om den går til Klarnas kundeservice.",
        ),
    ),
    _a(
        "payment, double charge",
        True,
        10,
        19,
        (
            "I was charged twice",
            "Often the first amount is only a **reservation** that your bank releases within 5 working days. If both amounts are still there after that, send us a screenshot of your statement and we refund the second one.",
        ),
        (
            "Mir wurde doppelt abgebucht",
            "Oft ist der erste Betrag nur eine **Reservierung**, die Ihre Bank innerhalb von 5 Werktagen freigibt. Sind danach noch beide Beträge da, schicken Sie uns einen Screenshot Ihres Kontoauszugs, und wir erstatten den zweiten.",
        ),
        (
            "Jeg er blevet trukket to gange",
            "Ofte er det første beløb kun en **reservation**, som din bank frigiver inden for 5 hverdage. Er begge beløb der stadig derefter, så send os et skærmbillede af din kontoudskrift, så refunderer vi det andet.",
        ),
    ),
    _a(
        "payment, voucher",
        True,
        120,
        7,
        (
            "Using a voucher code",
            "Enter the code in the basket under *Voucher*. One code per order; vouchers cannot be paid out in cash. A code that does not work: check the minimum order value and the expiry date.",
        ),
        (
            "Gutscheincode einlösen",
            "Geben Sie den Code im Warenkorb unter *Gutschein* ein. Ein Code pro Bestellung; Gutscheine werden nicht bar ausgezahlt. Der Code funktioniert nicht? Prüfen Sie Mindestbestellwert und Ablaufdatum.",
        ),
        (
            "Brug af rabatkode",
            "Indtast koden i kurven under *Rabatkode*. Én kode pr. ordre; rabatkoder kan ikke udbetales kontant. Virker koden ikke? Tjek minimumsbeløbet og udløbsdatoen.",
        ),
    ),
    _a(
        "payment, vat",
        True,
        260,
        3,
        (
            "VAT invoice for companies",
            "Your invoice is attached to the shipping confirmation as a PDF. For an invoice with your company's VAT number, reply with the number before the order ships.",
        ),
        (
            "Rechnung mit Umsatzsteuer für Firmen",
            "Ihre Rechnung hängt als PDF an der Versandbestätigung. Für eine Rechnung mit der USt-IdNr. Ihrer Firma antworten Sie uns vor dem Versand mit der Nummer.",
        ),
        (
            "Momsfaktura til virksomheder",
            "Din faktura er vedhæftet forsendelsesbekræftelsen som PDF. Ønsker du en faktura med virksomhedens CVR/momsnummer, så svar med nummeret, før ordren afsendes.",
        ),
    ),
    _a(
        "account, password",
        True,
        35,
        24,
        (
            "I forgot my password",
            "Click *Forgot password* on the login page and enter your email address. The link in the email works for 24 hours. No email? Look in your spam folder.",
        ),
        (
            "Passwort vergessen",
            "Klicken Sie auf der Anmeldeseite auf *Passwort vergessen* und geben Sie Ihre E-Mail-Adresse ein. Der Link in der E-Mail gilt 24 Stunden. Keine E-Mail? Sehen Sie im Spam-Ordner nach.",
        ),
        (
            "Jeg har glemt min adgangskode",
            "Klik på *Glemt adgangskode* på login-siden, og indtast din e-mailadresse. Linket i mailen virker i 24 timer. Ingen mail? Kig i din spam-mappe.",
        ),
    ),
    _a(
        "account, privacy",
        True,
        70,
        6,
        (
            "Deleting my account",
            "Reply to any email from us and ask for your account to be deleted. We delete your data within 30 days, except what the law makes us keep (invoices: 10 years).",
        ),
        (
            "Kundenkonto löschen",
            "Antworten Sie auf eine beliebige E-Mail von uns und bitten Sie um die Löschung Ihres Kontos. Wir löschen Ihre Daten innerhalb von 30 Tagen, außer dem, was wir gesetzlich aufbewahren müssen (Rechnungen: 10 Jahre).",
        ),
        (
            "Slet min konto",
            "Svar på en vilkårlig mail fra os, og bed om at få din konto slettet. Vi sletter dine data inden for 30 dage, undtagen det, loven kræver, at vi gemmer (fakturaer: 5 år).",
        ),
    ),
    _a(
        "account, newsletter",
        True,
        220,
        2,
        (
            "Unsubscribing from the newsletter",
            "Every newsletter has an *Unsubscribe* link at the bottom. One click is enough; it takes effect at once.",
        ),
        (
            "Newsletter abbestellen",
            "Jeder Newsletter hat unten einen Link *Abmelden*. Ein Klick genügt, die Abmeldung gilt sofort.",
        ),
        (
            "Afmeld nyhedsbrevet",
            "Alle nyhedsbreve har et *Afmeld*-link nederst. Ét klik er nok, og det gælder med det samme.",
        ),
    ),
    _a(
        "orders, cancel",
        True,
        28,
        21,
        (
            "Cancelling an order",
            "An order can be cancelled until it is packed, usually within the first hour. Reply to the order confirmation with *Cancel*. Already shipped? Then return it for free.",
        ),
        (
            "Bestellung stornieren",
            "Eine Bestellung kann storniert werden, bis sie gepackt ist, meist in der ersten Stunde. Antworten Sie auf die Bestellbestätigung mit *Stornieren*. Schon verschickt? Dann schicken Sie sie kostenlos zurück.",
        ),
        (
            "Annullér en ordre",
            "En ordre kan annulleres, indtil den er pakket, som regel inden for den første time. Svar på ordrebekræftelsen med *Annullér*. Allerede sendt? Så returnér den gratis.",
        ),
    ),
    _a(
        "orders, confirmation",
        True,
        75,
        10,
        (
            "I did not get an order confirmation",
            "The confirmation is sent within minutes. Look in your spam folder and check the address in your account. We can send it again: reply with your name and the order date.",
        ),
        (
            "Ich habe keine Bestellbestätigung erhalten",
            "Die Bestätigung kommt innerhalb weniger Minuten. Sehen Sie im Spam-Ordner nach und prüfen Sie die Adresse in Ihrem Konto. Wir schicken sie gern erneut: Nennen Sie uns Ihren Namen und das Bestelldatum.",
        ),
        (
            "Jeg har ikke fået en ordrebekræftelse",
            "Bekræftelsen sendes inden for få minutter. Kig i din spam-mappe, og tjek adressen på din konto. Vi sender den gerne igen: svar med dit navn og ordredatoen.",
        ),
    ),
    _a(
        "orders, stock",
        True,
        190,
        5,
        (
            "When is an item back in stock?",
            "Click *Notify me* on the product page and we email you as soon as it is back. Most items are restocked within 2–4 weeks.",
        ),
        (
            "Wann ist ein Artikel wieder da?",
            "Klicken Sie auf der Produktseite auf *Benachrichtigen*, dann schreiben wir Ihnen, sobald er wieder da ist. Die meisten Artikel sind nach 2–4 Wochen wieder vorrätig.",
        ),
        (
            "Hvornår er en vare på lager igen?",
            "Klik på *Giv mig besked* på produktsiden, så mailer vi dig, så snart den er tilbage. De fleste varer er på lager igen inden for 2–4 uger.",
        ),
    ),
    _a(
        "product, warranty",
        True,
        100,
        11,
        (
            "Warranty and repairs",
            "Every item has a **2-year warranty**. Describe the fault and send a photo or short video; we arrange a repair, a replacement or a refund.",
        ),
        (
            "Gewährleistung und Reparatur",
            "Auf jeden Artikel gibt es **2 Jahre Gewährleistung**. Beschreiben Sie den Fehler und schicken Sie ein Foto oder kurzes Video; wir organisieren Reparatur, Ersatz oder Erstattung.",
        ),
        (
            "Reklamation og reparation",
            "Alle varer har **2 års reklamationsret**. Beskriv fejlen, og send et billede eller en kort video; vi sørger for reparation, ombytning eller refusion.",
        ),
    ),
    _a(
        "product, size",
        True,
        55,
        15,
        (
            "Finding the right size",
            "Each product page has a size chart. Measure a garment that fits you well and compare. Between two sizes? Take the larger one for a relaxed fit.",
        ),
        (
            "Die richtige Größe finden",
            "Jede Produktseite hat eine Größentabelle. Messen Sie ein Kleidungsstück, das Ihnen gut passt, und vergleichen Sie. Zwischen zwei Größen? Nehmen Sie für eine lockere Passform die größere.",
        ),
        (
            "Find den rigtige størrelse",
            "Hver produktside har en størrelsestabel. Mål et stykke tøj, der passer dig godt, og sammenlign. Mellem to størrelser? Tag den største for en løsere pasform.",
        ),
    ),
    _a(
        "product, care",
        True,
        330,
        1,
        (
            "Washing and care",
            "Follow the care label. Wool: 30 °C wool programme, dry flat. Down jackets: 30 °C with two tennis balls in the dryer, low heat.",
        ),
        (
            "Waschen und Pflege",
            "Beachten Sie das Pflegeetikett. Wolle: 30 °C im Wollprogramm, liegend trocknen. Daunenjacken: 30 °C, im Trockner mit zwei Tennisbällen bei niedriger Temperatur.",
        ),
        (
            "Vask og pleje",
            "Følg vaskemærket. Uld: 30 °C på uldprogram, tørres liggende. Dunjakker: 30 °C, i tørretumbler med to tennisbolde ved lav varme.",
        ),
    ),
    _a(
        "gift, wrapping",
        True,
        280,
        3,
        (
            "Gift wrapping and gift receipts",
            "Choose *Gift wrapping* at checkout (2.50 €). The parcel then has a gift receipt without prices, which also works for returns.",
        ),
        (
            "Geschenkverpackung und Geschenkbeleg",
            "Wählen Sie an der Kasse *Geschenkverpackung* (2,50 €). Im Paket liegt dann ein Geschenkbeleg ohne Preise, der auch für Rücksendungen gilt.",
        ),
        (
            "Gaveindpakning og gavebon",
            "Vælg *Gaveindpakning* ved betalingen (2,50 €). Pakken indeholder så en gavebon uden priser, som også gælder ved returnering.",
        ),
    ),
    _a(
        "contact, opening hours",
        True,
        12,
        13,
        (
            "Contact and opening hours",
            "Our team answers emails Monday to Friday, 8 am to 6 pm (CET), and Saturday 9 am to 1 pm. Phone: +49 40 1234 5678. Email: [hilfe@nordlicht.example](mailto:hilfe@nordlicht.example).",
        ),
        (
            "Kontakt und Servicezeiten",
            "Unser Team beantwortet E-Mails Montag bis Freitag von 8 bis 18 Uhr und samstags von 9 bis 13 Uhr. Telefon: +49 40 1234 5678. E-Mail: [hilfe@nordlicht.example](mailto:hilfe@nordlicht.example).",
        ),
        (
            "Kontakt og åbningstider",
            "Vores team besvarer mails mandag til fredag kl. 8–18 og lørdag kl. 9–13. Telefon: +45 70 12 34 56. E-mail: [hjaelp@nordlicht.example](mailto:hjaelp@nordlicht.example).",
        ),
    ),
    _a(
        "internal, refund, policy",
        False,
        14,
        26,
        (
            "Goodwill refunds: what we may offer",
            "- Up to **15 €** or 10 %: any agent, no approval.\n- Up to 50 €: 2nd level.\n- Above: the team lead, with a note on the conversation.\n\nAlways tag the conversation `goodwill`.",
        ),
        (
            "Kulanz: was wir anbieten dürfen",
            "- Bis **15 €** oder 10 %: jede Agentin, jeder Agent ohne Freigabe.\n- Bis 50 €: 2. Stufe.\n- Darüber: die Teamleitung, mit Notiz an der Anfrage.\n\nAnfrage immer mit `kulanz` verschlagworten.",
        ),
        (
            "Kulance: hvad vi må tilbyde",
            "- Op til **15 €** eller 10 %: alle medarbejdere uden godkendelse.\n- Op til 50 €: 2. niveau.\n- Derover: teamlederen, med en note på henvendelsen.\n\nTag altid henvendelsen med `kulance`.",
        ),
    ),
    _a(
        "internal, carrier, escalation",
        False,
        210,
        9,
        (
            "Opening a carrier investigation",
            "For a parcel without tracking update for 5 working days:\n\n1. Open the carrier's business portal.\n2. Start an investigation with the tracking number.\n3. Note the case number in the conversation and set a follow-up in 7 days.",
        ),
        (
            "Nachforschungsauftrag beim Paketdienst",
            "Für ein Paket ohne Neuigkeit seit 5 Werktagen:\n\n1. Öffnen Sie das Geschäftskundenportal des Paketdienstes.\n2. Starten Sie einen Nachforschungsauftrag mit der Sendungsnummer.\n3. Notieren Sie die Vorgangsnummer in der Anfrage und setzen Sie eine Wiedervorlage in 7 Tagen.",
        ),
        (
            "Efterlysning hos fragtfirmaet",
            "For en pakke uden sporingsopdatering i 5 hverdage:\n\n1. Åbn fragtfirmaets erhvervsportal.\n2. Start en efterlysning med sporingsnummeret.\n3. Notér sagsnummeret på henvendelsen, og sæt en opfølgning om 7 dage.",
        ),
    ),
    _a(
        "internal, fraud, payment",
        False,
        400,
        2,
        (
            "Suspected fraud: what to check",
            "Signs: a new account, a high order value, delivery and billing address in different countries, several cards tried. Do **not** tell the customer. Put the order on hold and hand it to the 3rd level.",
        ),
        (
            "Betrugsverdacht: was zu prüfen ist",
            "Anzeichen: neues Konto, hoher Bestellwert, Liefer- und Rechnungsadresse in verschiedenen Ländern, mehrere Karten probiert. Sagen Sie dem Kunden **nichts**. Bestellung zurückstellen und an die 3. Stufe geben.",
        ),
        (
            "Mistanke om svindel: hvad du skal tjekke",
            "Tegn: ny konto, høj ordreværdi, leverings- og faktureringsadresse i forskellige lande, flere kort forsøgt. Sig **ikke** noget til kunden. Sæt ordren på hold, og giv den videre til 3. niveau.",
        ),
    ),
    _a(
        "internal, tone, complaints",
        False,
        380,
        17,
        (
            "Answering an angry customer",
            "1. Thank them and name the problem in their words.\n2. Say what you do now and when they hear from you.\n3. No excuses about systems or colleagues.\n4. Offer goodwill only after the problem is solved.",
        ),
        (
            "Einem verärgerten Kunden antworten",
            "1. Bedanken Sie sich und nennen Sie das Problem mit den Worten des Kunden.\n2. Sagen Sie, was Sie jetzt tun und wann er von Ihnen hört.\n3. Keine Ausreden über Systeme oder Kollegen.\n4. Kulanz erst anbieten, wenn das Problem gelöst ist.",
        ),
        (
            "Svar til en vred kunde",
            "1. Tak kunden, og beskriv problemet med kundens egne ord.\n2. Sig, hvad du gør nu, og hvornår kunden hører fra dig.\n3. Ingen undskyldninger om systemer eller kolleger.\n4. Tilbyd først kulance, når problemet er løst.",
        ),
    ),
    _a(
        "internal, b2b, enterprise",
        False,
        150,
        6,
        (
            "Enterprise customers: who to involve",
            "Enterprise plan customers have a named account manager (see the customer's organisation). Copy them on anything about contracts, invoices over 1,000 € or delivery dates for bulk orders.",
        ),
        (
            "Enterprise-Kunden: wen einbeziehen",
            "Kunden mit Enterprise-Tarif haben eine feste Ansprechperson (siehe Organisation des Kunden). Setzen Sie sie in CC bei Verträgen, Rechnungen über 1.000 € oder Lieferterminen für Großbestellungen.",
        ),
        (
            "Enterprise-kunder: hvem skal inddrages",
            "Kunder med Enterprise-abonnement har en fast kontaktperson (se kundens organisation). Sæt vedkommende cc på alt om kontrakter, fakturaer over 1.000 € eller leveringsdatoer for store ordrer.",
        ),
    ),
    _a(
        "internal, gdpr, privacy",
        False,
        95,
        4,
        (
            "Requests for personal data (GDPR)",
            "A customer may ask for a copy of their data or for erasure. Confirm it is them (reply from the address on file), then use *Customer → Export personal data* or *Erase*. Answer within one month.",
        ),
        (
            "Auskunft über personenbezogene Daten (DSGVO)",
            "Kunden können eine Kopie ihrer Daten oder die Löschung verlangen. Prüfen Sie, dass es der Kunde ist (Antwort von der hinterlegten Adresse), dann *Kunde → Personenbezogene Daten exportieren* oder *Löschen*. Antwort innerhalb eines Monats.",
        ),
        (
            "Anmodning om persondata (GDPR)",
            "En kunde kan bede om en kopi af sine data eller om sletning. Bekræft, at det er kunden (svar fra den registrerede adresse), og brug derefter *Kunde → Eksportér persondata* eller *Slet*. Svar inden for en måned.",
        ),
    ),
)

ANCHOR_AUTHORS = ("Maria Schneider", "James Carter", "Mette Jensen", "Lukas Weber", "Emma Thompson")
NAMESPACE = uuid.UUID("0b8f5a3e-8d2c-4f61-a7c4-5e2f9b1d7c30")


def _id(*parts: object) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, ":".join(str(p) for p in parts))


def add_demo_kb(store: Store, anchor: dt.datetime) -> int:
    """Write the demo articles (the same ids and rows for the same anchor); returns how many."""
    with store.read() as session:
        agents = {a.name: a.id for a in session.scalars(select(Agent).order_by(Agent.email))}
    authors: list[uuid.UUID | None] = [agents[name] for name in ANCHOR_AUTHORS if name in agents] or [None]
    users = list(agents.values())[:8]
    with store.write() as session:
        for n, article in enumerate(ARTICLES):
            draft = ArticleDraft(
                {lang: Variant(*getattr(article, lang)) for lang in ("en", "de", "da")},
                tags=article.tags,
                visibility="public" if article.public else "internal",
            )
            variants, tags, visibility = KnowledgeBase.checked(draft)
            reviewed = anchor - dt.timedelta(days=article.age_days, hours=n)
            article_id = _id("article", n)
            session.add(
                KbArticle(
                    id=article_id,
                    visibility=visibility,
                    tags=", ".join(tags),
                    author_agent_id=authors[n % len(authors)],
                    reviewed_at=reviewed,
                    created_at=reviewed - dt.timedelta(days=30 + n),
                    updated_at=reviewed,
                )
            )
            session.flush()
            for language, variant in variants.items():
                session.add(
                    KbArticleVariant(
                        id=_id("variant", n, language),
                        article_id=article_id,
                        language=language,
                        title=variant.title,
                        body=variant.body,
                        updated_at=reviewed,
                    )
                )
            left = article.uses
            for k, agent_id in enumerate(users):
                if left <= 0:
                    break
                count = max(1, left // 2) if k < len(users) - 1 else left
                session.add(
                    KbArticleUsage(
                        id=_id("usage", n, k),
                        article_id=article_id,
                        agent_id=agent_id,
                        count=count,
                        last_used_at=anchor - dt.timedelta(days=(n + k) % 20, hours=k),
                        updated_at=anchor,
                    )
                )
                left -= count
    return len(ARTICLES)
