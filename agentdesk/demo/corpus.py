# SPDX-License-Identifier: GPL-3.0-or-later
# ruff: noqa: E501 - the corpus is prose; a sentence reads better on one line
"""The words the demo workspace is made of: names, companies and support-case phrases.

Everything is keyed by language (``en``, ``de``, ``da``) and written by hand, so the demo reads like
real support work in each language without a text-generation dependency. Messages are composed from
these fragments (greeting + case text + optional sentence + sign-off), which gives enough variety
that search results and list snippets look different from row to row while composing stays a few
string concatenations.

Placeholders, filled per conversation with ``str.format_map``: ``{first}`` and ``{name}`` (the
customer), ``{agent}`` and ``{agent_full}`` (the agent writing), ``{order}``, ``{invoice}``,
``{amount}``, ``{product}``.

Names of people and companies are invented or common; mail domains use the reserved ``.example``
top-level domain (RFC 2606) so no demo address can reach a real mailbox.
"""

from __future__ import annotations

from dataclasses import dataclass

Texts = dict[str, tuple[str, ...]]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAMES: Texts = {
    "en": _words(
        "Oliver George Harry Jack Noah Charlie Thomas James William Henry Emily Olivia Amelia Isla "
        "Ava Sophie Grace Lily Chloe Jessica Daniel Samuel Lucy Hannah Ruth Michael David Sarah "
        "Laura Rebecca Peter Mark Claire Helen Andrew Joseph Megan Ethan Zoe Alice"
    ),
    "de": _words(
        "Lukas Leon Finn Jonas Paul Felix Maximilian Elias Ben Julian Tim Tobias Stefan Michael "
        "Thomas Andreas Jürgen Uwe Sabine Anna Marie Sophie Lena Laura Lea Emma Hannah Julia "
        "Katharina Petra Monika Claudia Sandra Jana Nina Björn Dieter Ingrid Jörg Ursula"
    ),
    "da": _words(
        "Mads Frederik Rasmus Mikkel Jonas Christian Anders Søren Lars Jens Henrik Ole Niels Emil "
        "Magnus Oliver Anne Mette Kirsten Hanne Camilla Louise Freja Ida Emma Sofie Maja Line Julie "
        "Cecilie Marianne Lone Pia Signe Astrid Karen Bjørn Jørgen Birthe Åse"
    ),
}

LAST_NAMES: Texts = {
    "en": _words(
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans "
        "Walker White Roberts Green Hall Wood Jackson Clarke Hughes Edwards Turner Hill Moore Cooper "
        "Ward Morris King Baker Harris Lewis Young Allen Mitchell Carter O'Brien Patel Khan Murphy"
    ),
    "de": _words(
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
        "Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
        "Lange Schmitt Werner Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Yılmaz "
        "Nowak Vogt Jäger"
    ),
    "da": _words(
        "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen "
        "Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen "
        "Knudsen Jakobsen Lauridsen Holm Østergaard Dahl Lund Frederiksen Bach Kjær Mikkelsen "
        "Henriksen Laursen Schmidt Vestergaard Clausen Bertelsen Friis Winther Bruun"
    ),
}

COMPANIES: Texts = {
    "en": (
        "Northgate Traders Ltd",
        "Bluebell Bakery",
        "Harbourside Logistics",
        "Greenfield Dental Practice",
        "Oakridge Consulting",
        "Riverside Florists",
        "Kestrel Engineering Ltd",
        "Maple & Finch",
        "Brightwater Hotels",
        "Thistle Print Works",
        "Copperleaf Studio",
        "Saltmarsh Outdoor Ltd",
    ),
    "de": (
        "Sonnenschein Bäckerei GmbH",
        "Nordlicht Logistik GmbH",
        "Praxis Dr. Weber",
        "Holzwurm Schreinerei",
        "Alpenblick Hotel GmbH",
        "Elbufer Design GmbH",
        "Lindenhof Gartenbau",
        "Mainfeld Steuerberatung",
        "Kranich Druck & Medien",
        "Bergquell Getränke GmbH",
        "Hansekontor Handel KG",
        "Isartal Elektro",
    ),
    "da": (
        "Nordisk Cykel ApS",
        "Havnens Bageri",
        "Fjordlys Rejser A/S",
        "Tandlæge Holm",
        "Skovbo Tømrer ApS",
        "Strandvejens Blomster",
        "Dansk Kontorhus A/S",
        "Lillebælt Revision",
        "Kystens Fiskehus",
        "Bøgely Gartneri",
        "Vesterhavet Camping ApS",
        "Åbyhøj El-service",
    ),
}

# Local parts of mail addresses are ASCII: names are folded with this table.
ASCII_FOLD = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "æ": "ae",
        "ø": "oe",
        "å": "aa",
        "é": "e",
        "ı": "i",
        "'": "",
        " ": "",
        "&": "",
        ".": "",
        "/": "",
    }
)

MAIL_DOMAINS: Texts = {
    "en": ("mailbox.example", "inbox.example", "postbox.example", "webmail.example"),
    "de": ("postfach.example", "mailbox.example", "netzpost.example", "webmail.example"),
    "da": ("postkasse.example", "mailbox.example", "netpost.example", "webmail.example"),
}

PHONE_PREFIX = {"en": "+44 7700 9", "de": "+49 151 ", "da": "+45 "}

CUSTOMER_NOTES: Texts = {
    "en": (
        "Prefers to be contacted by email.",
        "Long-standing customer; please be generous with goodwill.",
        "Usually reachable after 5 pm.",
        "Has asked not to receive marketing mail.",
    ),
    "de": (
        "Möchte bevorzugt per E-Mail kontaktiert werden.",
        "Langjähriger Kunde, bei Kulanz bitte großzügig sein.",
        "Meist erst ab 17 Uhr erreichbar.",
        "Wünscht keine Werbung.",
    ),
    "da": (
        "Foretrækker at blive kontaktet på mail.",
        "Mangeårig kunde, vær gerne large med kompensation.",
        "Kan oftest træffes efter kl. 17.",
        "Ønsker ikke at modtage reklamer.",
    ),
}

PRODUCTS: Texts = {
    "en": (
        "wireless headphones",
        "coffee machine",
        "e-bike charger",
        "smart watch",
        "robot vacuum",
        "desk lamp",
        "kitchen scale",
        "bluetooth speaker",
        "electric toothbrush",
        "router",
    ),
    "de": (
        "Funkkopfhörer",
        "Kaffeemaschine",
        "E-Bike-Ladegerät",
        "Smartwatch",
        "Saugroboter",
        "Schreibtischlampe",
        "Küchenwaage",
        "Bluetooth-Lautsprecher",
        "elektrische Zahnbürste",
        "Router",
    ),
    "da": (
        "trådløse høretelefoner",
        "kaffemaskine",
        "elcykellader",
        "smartwatch",
        "robotstøvsuger",
        "skrivebordslampe",
        "køkkenvægt",
        "bluetooth-højttaler",
        "elektrisk tandbørste",
        "router",
    ),
}

# -- message frames ------------------------------------------------------------------------------

CUSTOMER_GREETING: Texts = {
    "en": (
        "Hello,\n\n",
        "Hi there,\n\n",
        "Dear customer service,\n\n",
        "Good morning,\n\n",
        "Hello support team,\n\n",
    ),
    "de": (
        "Hallo,\n\n",
        "Guten Tag,\n\n",
        "Sehr geehrte Damen und Herren,\n\n",
        "Liebes Support-Team,\n\n",
        "Moin,\n\n",
    ),
    "da": ("Hej,\n\n", "Hej med jer,\n\n", "Kære kundeservice,\n\n", "Goddag,\n\n", "Hej support,\n\n"),
}

CUSTOMER_SIGNOFF: Texts = {
    "en": (
        "\n\nBest regards,\n{name}",
        "\n\nThanks,\n{first}",
        "\n\nKind regards\n{name}",
        "\n\nCheers,\n{first}",
    ),
    "de": (
        "\n\nMit freundlichen Grüßen\n{name}",
        "\n\nViele Grüße\n{first}",
        "\n\nBeste Grüße,\n{name}",
        "\n\nDanke und Gruß\n{first}",
    ),
    "da": (
        "\n\nMed venlig hilsen\n{name}",
        "\n\nVenlig hilsen\n{first}",
        "\n\nMvh.\n{name}",
        "\n\nTak på forhånd\n{first}",
    ),
}

CUSTOMER_EXTRA: Texts = {
    "en": (
        " I have been a customer for years and this has never happened before.",
        " Could you please get back to me as soon as possible?",
        " I tried calling but nobody picked up.",
        " My customer number should be on file under this address.",
        " I would appreciate a quick answer.",
        " This is quite urgent for me.",
        "",
        "",
    ),
    "de": (
        " Ich bin seit Jahren Kunde und so etwas ist noch nie passiert.",
        " Könnten Sie sich bitte möglichst bald bei mir melden?",
        " Ich habe schon angerufen, aber niemanden erreicht.",
        " Meine Kundennummer müsste unter dieser Adresse hinterlegt sein.",
        " Ich würde mich über eine schnelle Antwort freuen.",
        " Die Sache ist für mich ziemlich dringend.",
        "",
        "",
    ),
    "da": (
        " Jeg har været kunde i mange år, og det er aldrig sket før.",
        " Kan I vende tilbage til mig hurtigst muligt?",
        " Jeg har prøvet at ringe, men ingen tog telefonen.",
        " Mit kundenummer burde ligge i jeres system under denne adresse.",
        " Jeg ville sætte pris på et hurtigt svar.",
        " Det haster lidt for mig.",
        "",
        "",
    ),
}

CUSTOMER_FOLLOW_UP: Texts = {
    "en": (
        "Any news on this?",
        "I'm still waiting for an answer. Could you please look into it?",
        "Here is the information you asked for. The order number is {order}.",
        "I have attached a photo. Let me know if you need anything else.",
        "Thanks for the quick reply. I tried that, but unfortunately it did not help.",
        "Sorry, one more question: how long will this take?",
        "OK, that sounds good. I will wait for your update.",
        "I checked again this morning and nothing has changed.",
    ),
    "de": (
        "Gibt es hierzu schon etwas Neues?",
        "Ich warte immer noch auf eine Antwort. Könnten Sie sich das bitte ansehen?",
        "Hier die gewünschten Angaben: Die Bestellnummer lautet {order}.",
        "Ich habe ein Foto angehängt. Sagen Sie Bescheid, wenn Sie noch etwas brauchen.",
        "Danke für die schnelle Antwort. Das habe ich probiert, leider ohne Erfolg.",
        "Entschuldigung, noch eine Frage: Wie lange wird das dauern?",
        "Okay, klingt gut. Ich warte auf Ihre Rückmeldung.",
        "Ich habe heute Morgen nochmal nachgesehen, es hat sich nichts geändert.",
    ),
    "da": (
        "Er der noget nyt i sagen?",
        "Jeg venter stadig på svar. Vil I se på det?",
        "Her er de oplysninger, I bad om. Ordrenummeret er {order}.",
        "Jeg har vedhæftet et billede. Sig til, hvis I mangler noget.",
        "Tak for det hurtige svar. Jeg har prøvet det, men det hjalp desværre ikke.",
        "Undskyld, et spørgsmål mere: Hvor lang tid tager det?",
        "Okay, det lyder godt. Jeg venter på jeres opdatering.",
        "Jeg har tjekket igen i morges, og intet har ændret sig.",
    ),
}

CUSTOMER_ANGRY: Texts = {
    "en": (
        "This is the third time I am writing about this. I expect a solution now.",
        "Honestly, I am very disappointed with how this is being handled.",
        "Nobody has got back to me. If this is not fixed this week I will cancel.",
    ),
    "de": (
        "Ich schreibe jetzt zum dritten Mal deswegen. Ich erwarte jetzt eine Lösung.",
        "Ehrlich gesagt bin ich sehr enttäuscht, wie das hier behandelt wird.",
        "Niemand hat sich bei mir gemeldet. Wenn das diese Woche nicht gelöst ist, kündige ich.",
    ),
    "da": (
        "Det er tredje gang, jeg skriver om det her. Jeg forventer en løsning nu.",
        "Ærligt talt er jeg meget skuffet over, hvordan sagen bliver håndteret.",
        "Ingen har vendt tilbage. Hvis det ikke er løst i denne uge, opsiger jeg.",
    ),
}

CUSTOMER_THANKS: Texts = {
    "en": (
        "Thank you, that solved it!",
        "Great, thanks a lot for your help.",
        "Perfect, thank you {agent}!",
        "Thanks for sorting this out so quickly.",
    ),
    "de": (
        "Danke, damit ist das Problem gelöst!",
        "Super, vielen Dank für Ihre Hilfe.",
        "Perfekt, danke {agent}!",
        "Danke, dass Sie sich so schnell darum gekümmert haben.",
    ),
    "da": (
        "Tak, det løste problemet!",
        "Super, mange tak for hjælpen.",
        "Perfekt, tak {agent}!",
        "Tak fordi I fik det ordnet så hurtigt.",
    ),
}

AGENT_GREETING: Texts = {
    "en": ("Hi {first},\n\n", "Hello {first},\n\n", "Dear {name},\n\n"),
    "de": ("Hallo {first},\n\n", "Guten Tag {name},\n\n", "Hallo {name},\n\n"),
    "da": ("Hej {first}\n\n", "Kære {first}\n\n", "Hej {first},\n\n"),
}

AGENT_CHAT_GREETING: Texts = {
    "en": ("Hi {first}! ", "Hello {first}, ", ""),
    "de": ("Hallo {first}! ", "Hallo {first}, ", ""),
    "da": ("Hej {first}! ", "Hej {first}, ", ""),
}

AGENT_EMPATHY: Texts = {
    "en": (
        "Thank you for getting in touch. ",
        "Thanks for reaching out, and I'm sorry for the trouble. ",
        "I understand how frustrating this must be. ",
        "Thank you for your patience. ",
        "I'm sorry to hear about this. ",
        "",
    ),
    "de": (
        "Vielen Dank für Ihre Nachricht. ",
        "Danke, dass Sie sich gemeldet haben, und entschuldigen Sie die Unannehmlichkeiten. ",
        "Ich verstehe, wie ärgerlich das ist. ",
        "Vielen Dank für Ihre Geduld. ",
        "Es tut mir leid, das zu hören. ",
        "",
    ),
    "da": (
        "Tak for din henvendelse. ",
        "Tak fordi du skriver, og undskyld besværet. ",
        "Jeg forstår godt, at det er frustrerende. ",
        "Tak for din tålmodighed. ",
        "Det er jeg ked af at høre. ",
        "",
    ),
}

AGENT_CLOSING: Texts = {
    "en": (
        " Please let me know if there is anything else I can do for you.",
        " If you have any further questions, just reply to this message.",
        " Have a lovely day!",
        "",
    ),
    "de": (
        " Melden Sie sich gern, wenn ich noch etwas für Sie tun kann.",
        " Bei weiteren Fragen antworten Sie einfach auf diese Nachricht.",
        " Ich wünsche Ihnen einen schönen Tag!",
        "",
    ),
    "da": (
        " Skriv endelig, hvis der er andet, jeg kan hjælpe med.",
        " Har du flere spørgsmål, kan du bare svare på denne besked.",
        " Hav en rigtig god dag!",
        "",
    ),
}

AGENT_SIGNOFF: Texts = {
    "en": (
        "\n\nKind regards,\n{agent_full}\nCustomer Service",
        "\n\nBest wishes,\n{agent}\nSupport Team",
        "\n\nAll the best,\n{agent}",
    ),
    "de": (
        "\n\nMit freundlichen Grüßen\n{agent_full}\nKundenservice",
        "\n\nViele Grüße\n{agent}\nIhr Support-Team",
        "\n\nBeste Grüße\n{agent}",
    ),
    "da": (
        "\n\nMed venlig hilsen\n{agent_full}\nKundeservice",
        "\n\nVenlig hilsen\n{agent}\nSupport",
        "\n\nBedste hilsner\n{agent}",
    ),
}

AGENT_FOLLOW_UP: Texts = {
    "en": (
        "I have checked this with my colleagues and will get back to you by tomorrow at the latest.",
        "Could you please send me the order number and, if possible, a photo?",
        "I have forwarded your case to the responsible department. You will hear from us shortly.",
        "Just a quick update: we are still working on it and have not forgotten you.",
        "Thanks for the details, that helps a lot. I am looking into it right now.",
    ),
    "de": (
        "Ich habe das mit meinen Kolleginnen und Kollegen geprüft und melde mich spätestens morgen bei Ihnen.",
        "Könnten Sie mir bitte die Bestellnummer und wenn möglich ein Foto schicken?",
        "Ich habe Ihr Anliegen an die zuständige Abteilung weitergeleitet. Sie hören in Kürze von uns.",
        "Kurzes Update: Wir arbeiten noch daran und haben Sie nicht vergessen.",
        "Danke für die Angaben, das hilft uns sehr. Ich sehe mir das gleich an.",
    ),
    "da": (
        "Jeg har tjekket det med mine kolleger og vender tilbage senest i morgen.",
        "Vil du sende mig ordrenummeret og gerne et billede?",
        "Jeg har sendt din sag videre til den ansvarlige afdeling. Du hører fra os snarest.",
        "En kort opdatering: Vi arbejder stadig på det og har ikke glemt dig.",
        "Tak for oplysningerne, det hjælper meget. Jeg kigger på det med det samme.",
    ),
}

# Phone calls and walk-ins are logged by the agent; these lead the logged text.
LOG_INBOUND: Texts = {
    "en": ("Customer called: ", "Call from the customer: ", "Customer at the counter: "),
    "de": ("Kunde hat angerufen: ", "Anruf des Kunden: ", "Kunde am Schalter: "),
    "da": ("Kunden ringede: ", "Opkald fra kunden: ", "Kunden ved skranken: "),
}

LOG_OUTBOUND: Texts = {
    "en": ("Called back: ", "Explained on the phone: ", "Told the customer: "),
    "de": ("Zurückgerufen: ", "Telefonisch erklärt: ", "Dem Kunden gesagt: "),
    "da": ("Ringede tilbage: ", "Forklaret i telefonen: ", "Sagt til kunden: "),
}

NOTES: Texts = {
    "en": (
        "Customer called in as well, same issue.",
        "Checked the order in the shop system: payment received, shipment pending.",
        "Offered a 10% voucher as goodwill.",
        "Waiting for feedback from the warehouse.",
        "Second contact about this, please keep an eye on it.",
        "Long-standing customer, handle with care.",
        "Asked the carrier for a trace, reference {order}.",
    ),
    "de": (
        "Kunde hat zusätzlich angerufen, gleiches Anliegen.",
        "Bestellung im Shopsystem geprüft: Zahlung eingegangen, Versand offen.",
        "10 % Gutschein als Kulanz angeboten.",
        "Warte auf Rückmeldung vom Lager.",
        "Zweiter Kontakt dazu, bitte im Blick behalten.",
        "Langjähriger Kunde, bitte besonders sorgfältig behandeln.",
        "Nachforschungsauftrag beim Paketdienst gestellt, Referenz {order}.",
    ),
    "da": (
        "Kunden har også ringet ind om det samme.",
        "Tjekket ordren i shopsystemet: betaling modtaget, afsendelse afventer.",
        "Tilbudt 10 % rabatkode som kompensation.",
        "Venter på svar fra lageret.",
        "Anden henvendelse om dette, hold øje med sagen.",
        "Mangeårig kunde, behandl sagen med omhu.",
        "Bedt fragtfirmaet om en eftersporing, reference {order}.",
    ),
}

ESCALATION_REASONS: Texts = {
    "en": (
        "Needs a specialist",
        "Technical fault suspected",
        "Refund above my approval limit",
        "Customer asked for a supervisor",
        "Reproducible bug",
    ),
    "de": (
        "Braucht Fachabteilung",
        "Technischer Fehler vermutet",
        "Erstattung über meinem Freigabelimit",
        "Kunde möchte Vorgesetzte sprechen",
        "Reproduzierbarer Fehler",
    ),
    "da": (
        "Kræver en specialist",
        "Formodet teknisk fejl",
        "Refusion over min godkendelsesgrænse",
        "Kunden bad om en leder",
        "Fejlen kan genskabes",
    ),
}

# Hand-off notes; {reason}, {to_tier} and {summary} are filled before the conversation placeholders.
HANDOFF_NOTE: Texts = {
    "en": (
        "Escalating to tier {to_tier}: {reason}. Summary: {summary} Customer has been informed.",
        "Handing over to tier {to_tier} ({reason}). {summary} Steps tried so far are in the thread.",
    ),
    "de": (
        "Eskalation an Level {to_tier}: {reason}. Zusammenfassung: {summary} Kunde ist informiert.",
        "Übergabe an Level {to_tier} ({reason}). {summary} Bisherige Schritte stehen im Verlauf.",
    ),
    "da": (
        "Eskalerer til niveau {to_tier}: {reason}. Resumé: {summary} Kunden er informeret.",
        "Overdrager til niveau {to_tier} ({reason}). {summary} Hidtidige skridt står i tråden.",
    ),
}

RETURN_REASONS: Texts = {
    "en": ("Technical part solved", "Back to first level for follow-up"),
    "de": ("Technischer Teil gelöst", "Zurück an Level 1 zur Nachbetreuung"),
    "da": ("Teknisk del løst", "Tilbage til første niveau for opfølgning"),
}

RETURN_NOTE: Texts = {
    "en": ("Returning to tier {to_tier}: {reason}. Please follow up with the customer.",),
    "de": ("Zurück an Level {to_tier}: {reason}. Bitte beim Kunden nachfassen.",),
    "da": ("Tilbage til niveau {to_tier}: {reason}. Følg venligst op med kunden.",),
}

SURVEY_COMMENTS_GOOD: Texts = {
    "en": ("Quick and friendly help.", "Very helpful, thank you!", "Problem solved on the first try."),
    "de": (
        "Schnelle und freundliche Hilfe.",
        "Sehr hilfreich, danke!",
        "Problem gleich beim ersten Mal gelöst.",
    ),
    "da": ("Hurtig og venlig hjælp.", "Meget hjælpsom, tak!", "Problemet blev løst i første forsøg."),
}

SURVEY_COMMENTS_BAD: Texts = {
    "en": ("Took far too long.", "I had to explain everything twice.", "Not happy with the outcome."),
    "de": (
        "Hat viel zu lange gedauert.",
        "Ich musste alles zweimal erklären.",
        "Mit dem Ergebnis nicht zufrieden.",
    ),
    "da": ("Det tog alt for lang tid.", "Jeg måtte forklare alt to gange.", "Ikke tilfreds med resultatet."),
}


@dataclass(frozen=True)
class Topic:
    """One kind of support case and the phrases that tell it.

    ``opening`` is the first message of the side that starts the case (the customer, or the agent for
    ``agent_initiated`` topics); ``replies`` are agent answers along the way, ``resolution`` the answer
    that closes the case; ``summary`` goes into hand-off notes.
    """

    key: str
    team: str | None
    tags: tuple[str, ...]
    weight: int
    moods: tuple[str | None, ...]
    subjects: Texts
    opening: Texts
    replies: Texts
    resolution: Texts
    summary: dict[str, str]
    escalates: float = 0.1
    agent_initiated: bool = False
    short: bool = False


TOPICS: tuple[Topic, ...] = (
    Topic(
        key="late_delivery",
        team="Shipping",
        tags=("shipping", "delivery"),
        weight=16,
        moods=("unhappy", "neutral", "unhappy", "angry", None),
        subjects={
            "en": (
                "Order {order} has not arrived",
                "Where is my parcel?",
                "Delivery delayed - order {order}",
            ),
            "de": (
                "Bestellung {order} ist nicht angekommen",
                "Wo bleibt mein Paket?",
                "Lieferverzögerung - Bestellung {order}",
            ),
            "da": (
                "Ordre {order} er ikke kommet",
                "Hvor er min pakke?",
                "Forsinket levering - ordre {order}",
            ),
        },
        opening={
            "en": (
                "I ordered the {product} ten days ago (order {order}) and it still has not arrived. The tracking page has not changed since Monday.",
                "My order {order} was supposed to be delivered last Friday, but nothing has come. Can you tell me where the parcel is?",
                "The tracking for order {order} says delivered, but there is no parcel here and my neighbours have not seen it either.",
            ),
            "de": (
                "Ich habe vor zehn Tagen eine Bestellung aufgegeben ({order}, {product}) und sie ist immer noch nicht da. Die Sendungsverfolgung hat sich seit Montag nicht geändert.",
                "Meine Bestellung {order} sollte letzten Freitag geliefert werden, aber es ist nichts gekommen. Können Sie mir sagen, wo das Paket ist?",
                "Laut Sendungsverfolgung wurde die Bestellung {order} zugestellt, aber hier ist kein Paket und auch die Nachbarn haben nichts angenommen.",
            ),
            "da": (
                "Jeg bestilte for ti dage siden (ordre {order}, {product}), og den er stadig ikke kommet. Sporingen har ikke ændret sig siden mandag.",
                "Min ordre {order} skulle være leveret i fredags, men der er ikke kommet noget. Kan I fortælle mig, hvor pakken er?",
                "Ifølge sporingen er ordre {order} leveret, men der er ingen pakke her, og naboerne har heller ikke set den.",
            ),
        },
        replies={
            "en": (
                "I have looked up order {order}: the parcel is held at the carrier's depot. I have asked them to deliver it within the next two working days.",
                "I have opened a trace with the carrier for order {order}. These usually take two to three days, and I will update you as soon as I hear back.",
                "The parcel was delayed at the sorting centre. The new expected delivery date is the day after tomorrow.",
            ),
            "de": (
                "Ich habe mir die Bestellung {order} angesehen: Das Paket liegt im Depot des Paketdienstes. Ich habe veranlasst, dass es in den nächsten zwei Werktagen zugestellt wird.",
                "Ich habe beim Paketdienst einen Nachforschungsauftrag für die Bestellung {order} gestellt. Das dauert meist zwei bis drei Tage, ich melde mich dann sofort.",
                "Das Paket hat sich im Verteilzentrum verzögert. Die neue voraussichtliche Zustellung ist übermorgen.",
            ),
            "da": (
                "Jeg har slået ordre {order} op: Pakken ligger på fragtfirmaets depot. Jeg har bedt dem levere den inden for de næste to hverdage.",
                "Jeg har bedt fragtfirmaet om en eftersporing af ordre {order}. Det tager normalt to til tre dage, og jeg giver besked, så snart jeg hører noget.",
                "Pakken er blevet forsinket på sorteringscentret. Den forventes nu leveret i overmorgen.",
            ),
        },
        resolution={
            "en": (
                "The carrier confirms that the parcel was delivered today. Sorry again for the wait.",
                "As the parcel could not be found, I have sent you a replacement free of charge. It should arrive within three working days.",
            ),
            "de": (
                "Der Paketdienst bestätigt, dass das Paket heute zugestellt wurde. Entschuldigen Sie nochmals die Wartezeit.",
                "Da das Paket nicht auffindbar ist, habe ich Ihnen kostenlos Ersatz geschickt. Er sollte innerhalb von drei Werktagen ankommen.",
            ),
            "da": (
                "Fragtfirmaet bekræfter, at pakken blev leveret i dag. Undskyld igen ventetiden.",
                "Da pakken ikke kan findes, har jeg sendt dig en ny uden beregning. Den burde være fremme inden for tre hverdage.",
            ),
        },
        summary={
            "en": "Parcel for order {order} is stuck with the carrier.",
            "de": "Paket zu Bestellung {order} hängt beim Paketdienst fest.",
            "da": "Pakken til ordre {order} sidder fast hos fragtfirmaet.",
        },
        escalates=0.05,
    ),
    Topic(
        key="damaged_item",
        team="Shipping",
        tags=("shipping", "damaged"),
        weight=7,
        moods=("unhappy", "neutral", None),
        subjects={
            "en": (
                "Item arrived damaged",
                "Broken {product} in my delivery",
                "Damaged parcel - order {order}",
            ),
            "de": (
                "Ware beschädigt angekommen",
                "Kaputt geliefert: {product}",
                "Beschädigtes Paket - Bestellung {order}",
            ),
            "da": (
                "Varen kom i stykker",
                "Ødelagt vare i min levering ({product})",
                "Beskadiget pakke - ordre {order}",
            ),
        },
        opening={
            "en": (
                "The {product} from order {order} arrived today with a cracked casing. The box was visibly crushed.",
                "When I opened the parcel the {product} was broken. I have kept all the packaging.",
                "Order {order} arrived, but the box was wet and the {product} inside is damaged.",
            ),
            "de": (
                "Die Bestellung {order} ({product}) kam heute mit einem gesprungenen Gehäuse an. Der Karton war sichtbar eingedrückt.",
                "Beim Öffnen des Pakets war der Artikel ({product}) kaputt. Die Verpackung habe ich aufbewahrt.",
                "Die Bestellung {order} ist angekommen, aber der Karton war nass und der Inhalt ({product}) ist beschädigt.",
            ),
            "da": (
                "Ordre {order} ({product}) kom i dag med en revnet kasse. Pakken var tydeligt mast.",
                "Da jeg åbnede pakken, var varen ({product}) i stykker. Jeg har gemt al emballagen.",
                "Ordre {order} er kommet, men kassen var våd, og indholdet ({product}) er beskadiget.",
            ),
        },
        replies={
            "en": (
                "I'm sorry the item arrived in that state. Could you send me a photo of the damage and of the box? Then I can arrange a replacement straight away.",
                "Thank you for the photos. I have reported the damage to the carrier and ordered a replacement for you.",
            ),
            "de": (
                "Es tut mir leid, dass der Artikel so bei Ihnen ankam. Könnten Sie mir ein Foto vom Schaden und vom Karton schicken? Dann veranlasse ich sofort Ersatz.",
                "Danke für die Fotos. Ich habe den Schaden beim Paketdienst gemeldet und Ersatz für Sie bestellt.",
            ),
            "da": (
                "Jeg er ked af, at varen kom i den stand. Vil du sende et billede af skaden og af kassen? Så sender jeg en ny med det samme.",
                "Tak for billederne. Jeg har anmeldt skaden til fragtfirmaet og bestilt en ny vare til dig.",
            ),
        },
        resolution={
            "en": (
                "Your replacement has been shipped today. You do not need to return the damaged item.",
                "I have refunded {amount} to your original payment method; it will show within five working days.",
            ),
            "de": (
                "Ihr Ersatz wurde heute verschickt. Den beschädigten Artikel müssen Sie nicht zurücksenden.",
                "Ich habe Ihnen {amount} auf das ursprüngliche Zahlungsmittel erstattet; das ist in fünf Werktagen sichtbar.",
            ),
            "da": (
                "Din nye vare er sendt i dag. Du behøver ikke at returnere den beskadigede.",
                "Jeg har refunderet {amount} til din oprindelige betalingsmetode; det kan ses inden for fem hverdage.",
            ),
        },
        summary={
            "en": "Item from order {order} arrived damaged, photos received.",
            "de": "Artikel aus Bestellung {order} beschädigt angekommen, Fotos liegen vor.",
            "da": "Vare fra ordre {order} kom beskadiget, billeder modtaget.",
        },
        escalates=0.04,
    ),
    Topic(
        key="wrong_item",
        team="Shipping",
        tags=("shipping", "wrong-item"),
        weight=5,
        moods=("unhappy", "neutral", None),
        subjects={
            "en": ("Wrong item delivered", "This is not what I ordered", "Order {order}: wrong size"),
            "de": (
                "Falscher Artikel geliefert",
                "Das habe ich nicht bestellt",
                "Bestellung {order}: falsche Größe",
            ),
            "da": (
                "Forkert vare leveret",
                "Det er ikke det, jeg har bestilt",
                "Ordre {order}: forkert størrelse",
            ),
        },
        opening={
            "en": (
                "I ordered the {product} but received something completely different. Order number {order}.",
                "The parcel for order {order} contained the wrong colour. How do I exchange it?",
            ),
            "de": (
                "Ich habe {product} bestellt, aber etwas völlig anderes erhalten. Bestellnummer {order}.",
                "Im Paket zur Bestellung {order} war die falsche Farbe. Wie kann ich das umtauschen?",
            ),
            "da": (
                "Jeg har bestilt {product}, men fået noget helt andet. Ordrenummer {order}.",
                "Pakken til ordre {order} indeholdt den forkerte farve. Hvordan bytter jeg den?",
            ),
        },
        replies={
            "en": (
                "Sorry for the mix-up. I have emailed you a free return label; once the parcel is scanned we send the right item.",
                "I have checked with the warehouse and the correct item is in stock. I will send it out today.",
            ),
            "de": (
                "Entschuldigen Sie die Verwechslung. Ich habe Ihnen ein kostenloses Rücksendeetikett geschickt; sobald das Paket erfasst ist, senden wir den richtigen Artikel.",
                "Ich habe beim Lager nachgefragt, der richtige Artikel ist vorrätig. Ich schicke ihn heute noch los.",
            ),
            "da": (
                "Undskyld forvekslingen. Jeg har sendt dig en gratis returlabel; når pakken er scannet, sender vi den rigtige vare.",
                "Jeg har tjekket med lageret, og den rigtige vare er på lager. Jeg sender den i dag.",
            ),
        },
        resolution={
            "en": ("The correct item is on its way; tracking number follows by email.",),
            "de": ("Der richtige Artikel ist unterwegs, die Sendungsnummer folgt per E-Mail.",),
            "da": ("Den rigtige vare er på vej; sporingsnummeret kommer på mail.",),
        },
        summary={
            "en": "Wrong item shipped for order {order}.",
            "de": "Falscher Artikel zu Bestellung {order} verschickt.",
            "da": "Forkert vare sendt til ordre {order}.",
        },
        escalates=0.02,
    ),
    Topic(
        key="failed_payment",
        team="Billing",
        tags=("billing", "payment"),
        weight=9,
        moods=("unhappy", "neutral", None),
        subjects={
            "en": ("Payment failed at checkout", "Card declined", "Cannot pay for order {order}"),
            "de": (
                "Zahlung beim Bezahlvorgang fehlgeschlagen",
                "Karte abgelehnt",
                "Kann Bestellung {order} nicht bezahlen",
            ),
            "da": ("Betaling fejlede ved kassen", "Kort afvist", "Kan ikke betale for ordre {order}"),
        },
        opening={
            "en": (
                "I tried to pay for my order three times and every time the payment fails with an error. My card works everywhere else.",
                "At checkout my card is declined, although my bank says there is no problem. Order {order}.",
                "The payment page keeps loading and then says the payment could not be completed.",
            ),
            "de": (
                "Ich habe dreimal versucht, meine Bestellung zu bezahlen, und jedes Mal schlägt die Zahlung mit einem Fehler fehl. Meine Karte funktioniert überall sonst.",
                "Beim Bezahlen wird meine Karte abgelehnt, obwohl meine Bank sagt, dass alles in Ordnung ist. Bestellung {order}.",
                "Die Zahlungsseite lädt ewig und meldet dann, dass die Zahlung nicht abgeschlossen werden konnte.",
            ),
            "da": (
                "Jeg har prøvet at betale min ordre tre gange, og hver gang fejler betalingen. Mit kort virker alle andre steder.",
                "Ved kassen bliver mit kort afvist, selvom banken siger, at der ikke er noget galt. Ordre {order}.",
                "Betalingssiden loader i lang tid og siger så, at betalingen ikke kunne gennemføres.",
            ),
        },
        replies={
            "en": (
                "I can see the declined attempts on our side. They were stopped by the 3-D Secure check; could you try again and confirm the payment in your banking app?",
                "There was a short disruption with our payment provider yesterday. It has been fixed, so please try again.",
                "I have reserved the items for you and sent a payment link that is valid for 48 hours.",
            ),
            "de": (
                "Ich sehe die abgelehnten Versuche bei uns. Sie wurden von der 3-D-Secure-Prüfung gestoppt; könnten Sie es erneut versuchen und die Zahlung in Ihrer Banking-App bestätigen?",
                "Gestern gab es eine kurze Störung bei unserem Zahlungsdienstleister. Sie ist behoben, bitte versuchen Sie es noch einmal.",
                "Ich habe die Artikel für Sie reserviert und Ihnen einen Zahlungslink geschickt, der 48 Stunden gültig ist.",
            ),
            "da": (
                "Jeg kan se de afviste forsøg hos os. De blev stoppet af 3-D Secure-tjekket; vil du prøve igen og godkende betalingen i din bankapp?",
                "Der var en kort driftsforstyrrelse hos vores betalingsudbyder i går. Den er rettet, så prøv gerne igen.",
                "Jeg har reserveret varerne til dig og sendt et betalingslink, der gælder i 48 timer.",
            ),
        },
        resolution={
            "en": (
                "The payment of {amount} has gone through and your order is now being packed.",
                "Payment received, thank you. Your order ships tomorrow.",
            ),
            "de": (
                "Die Zahlung über {amount} ist eingegangen und Ihre Bestellung wird jetzt verpackt.",
                "Zahlung erhalten, vielen Dank. Ihre Bestellung geht morgen raus.",
            ),
            "da": (
                "Betalingen på {amount} er gået igennem, og din ordre bliver nu pakket.",
                "Betaling modtaget, tak. Din ordre sendes i morgen.",
            ),
        },
        summary={
            "en": "Card payments keep failing at checkout although the bank sees no problem.",
            "de": "Kartenzahlung schlägt beim Bezahlen wiederholt fehl, Bank sieht kein Problem.",
            "da": "Kortbetaling fejler gentagne gange, banken ser intet problem.",
        },
        escalates=0.12,
    ),
    Topic(
        key="refund",
        team="Billing",
        tags=("billing", "refund"),
        weight=9,
        moods=("neutral", "unhappy", None),
        subjects={
            "en": ("Refund for returned item", "Where is my refund?", "Return of order {order} - refund"),
            "de": (
                "Erstattung für Rücksendung",
                "Wo bleibt meine Erstattung?",
                "Rücksendung Bestellung {order} - Erstattung",
            ),
            "da": (
                "Refusion for returneret vare",
                "Hvor er min refusion?",
                "Returnering af ordre {order} - refusion",
            ),
        },
        opening={
            "en": (
                "I returned the {product} two weeks ago and still have not received my refund of {amount}.",
                "Your warehouse confirmed receiving my return for order {order}, but the money is not back on my account.",
                "I would like to return my order {order}. How do I get my money back?",
            ),
            "de": (
                "Ich habe den Artikel ({product}) vor zwei Wochen zurückgeschickt und meine Erstattung über {amount} immer noch nicht erhalten.",
                "Ihr Lager hat den Eingang meiner Rücksendung zur Bestellung {order} bestätigt, aber das Geld ist noch nicht auf meinem Konto.",
                "Ich möchte meine Bestellung {order} zurückgeben. Wie bekomme ich mein Geld zurück?",
            ),
            "da": (
                "Jeg returnerede varen ({product}) for to uger siden og har stadig ikke fået min refusion på {amount}.",
                "Jeres lager har bekræftet at have modtaget min returnering af ordre {order}, men pengene er ikke kommet tilbage på min konto.",
                "Jeg vil gerne returnere min ordre {order}. Hvordan får jeg mine penge tilbage?",
            ),
        },
        replies={
            "en": (
                "I can see your return has been checked. The refund of {amount} was released today and usually takes three to five working days to appear.",
                "You can return the order within 30 days. I have sent you a return label; the refund follows once we receive the parcel.",
            ),
            "de": (
                "Ihre Rücksendung wurde geprüft. Die Erstattung über {amount} wurde heute freigegeben und ist meist nach drei bis fünf Werktagen sichtbar.",
                "Sie können die Bestellung innerhalb von 30 Tagen zurückgeben. Ich habe Ihnen ein Rücksendeetikett geschickt; die Erstattung folgt nach Eingang des Pakets.",
            ),
            "da": (
                "Din returnering er blevet kontrolleret. Refusionen på {amount} er frigivet i dag og kan normalt ses efter tre til fem hverdage.",
                "Du kan returnere ordren inden for 30 dage. Jeg har sendt dig en returlabel; refusionen følger, når vi har modtaget pakken.",
            ),
        },
        resolution={
            "en": ("The refund of {amount} has been paid out. Thank you for your patience.",),
            "de": ("Die Erstattung über {amount} wurde ausgezahlt. Vielen Dank für Ihre Geduld.",),
            "da": ("Refusionen på {amount} er udbetalt. Tak for din tålmodighed.",),
        },
        summary={
            "en": "Refund of {amount} for order {order} is overdue.",
            "de": "Erstattung über {amount} zu Bestellung {order} überfällig.",
            "da": "Refusion på {amount} for ordre {order} er forsinket.",
        },
        escalates=0.08,
    ),
    Topic(
        key="invoice_question",
        team="Billing",
        tags=("billing", "invoice"),
        weight=8,
        moods=("neutral", None, None),
        subjects={
            "en": (
                "Question about invoice {invoice}",
                "Invoice needs our VAT number",
                "Copy of invoice please",
            ),
            "de": ("Frage zur Rechnung {invoice}", "Rechnung bitte mit USt-IdNr.", "Bitte um Rechnungskopie"),
            "da": (
                "Spørgsmål til faktura {invoice}",
                "Faktura skal have vores CVR-nummer",
                "Kopi af faktura, tak",
            ),
        },
        opening={
            "en": (
                "On invoice {invoice} there is a shipping charge I do not understand. Could you explain it?",
                "Could you please reissue invoice {invoice} with our company name and VAT number on it?",
                "I need a copy of the invoice for order {order} for my accounts.",
            ),
            "de": (
                "Auf der Rechnung {invoice} steht eine Versandgebühr, die ich nicht verstehe. Können Sie mir das erklären?",
                "Könnten Sie die Rechnung {invoice} bitte mit unserem Firmennamen und unserer USt-IdNr. neu ausstellen?",
                "Ich brauche für meine Buchhaltung eine Kopie der Rechnung zur Bestellung {order}.",
            ),
            "da": (
                "På faktura {invoice} står der et fragtgebyr, som jeg ikke forstår. Kan I forklare det?",
                "Vil I udstede faktura {invoice} igen med vores firmanavn og CVR-nummer?",
                "Jeg har brug for en kopi af fakturaen til ordre {order} til mit regnskab.",
            ),
        },
        replies={
            "en": (
                "The charge on invoice {invoice} is the express shipping you selected at checkout.",
                "I have attached the corrected invoice {invoice}. The old one is no longer valid.",
            ),
            "de": (
                "Die Position auf der Rechnung {invoice} ist der Expressversand, den Sie beim Bestellen gewählt haben.",
                "Anbei die korrigierte Rechnung {invoice}. Die alte Rechnung ist damit ungültig.",
            ),
            "da": (
                "Gebyret på faktura {invoice} er den ekspreslevering, du valgte ved bestillingen.",
                "Den rettede faktura {invoice} er vedhæftet. Den gamle er ikke længere gyldig.",
            ),
        },
        resolution={
            "en": ("You will find the invoice attached and also in your customer account under Orders.",),
            "de": ("Die Rechnung finden Sie im Anhang und auch in Ihrem Kundenkonto unter Bestellungen.",),
            "da": ("Du finder fakturaen vedhæftet og også på din konto under Ordrer.",),
        },
        summary={
            "en": "Invoice {invoice} needs correcting.",
            "de": "Rechnung {invoice} muss korrigiert werden.",
            "da": "Faktura {invoice} skal rettes.",
        },
        escalates=0.02,
    ),
    Topic(
        key="double_charge",
        team="Billing",
        tags=("billing", "payment"),
        weight=4,
        moods=("angry", "unhappy"),
        subjects={
            "en": (
                "Charged twice for one order",
                "Double payment of {amount}",
                "Duplicate charge on my card",
            ),
            "de": (
                "Zweimal für eine Bestellung belastet",
                "Doppelte Abbuchung von {amount}",
                "Doppelte Belastung meiner Karte",
            ),
            "da": (
                "Trukket to gange for én ordre",
                "Dobbelt betaling på {amount}",
                "Dobbelt træk på mit kort",
            ),
        },
        opening={
            "en": (
                "I have been charged {amount} twice for order {order}. Please refund the duplicate payment.",
                "My bank statement shows two identical payments to you on the same day. I only placed one order.",
            ),
            "de": (
                "Mir wurden für die Bestellung {order} zweimal {amount} abgebucht. Bitte erstatten Sie die doppelte Zahlung.",
                "Auf meinem Kontoauszug stehen zwei identische Zahlungen an Sie am selben Tag. Ich habe nur einmal bestellt.",
            ),
            "da": (
                "Jeg er blevet trukket {amount} to gange for ordre {order}. Refunder venligst den dobbelte betaling.",
                "Min kontoudskrift viser to ens betalinger til jer på samme dag. Jeg har kun afgivet én ordre.",
            ),
        },
        replies={
            "en": (
                "You are right, the payment was captured twice because of a timeout. I have started the refund of the second charge.",
                "I can see one completed payment and one reservation. The reservation will be released by your bank automatically within a few days.",
            ),
            "de": (
                "Sie haben recht, die Zahlung wurde wegen einer Zeitüberschreitung doppelt eingezogen. Ich habe die Erstattung der zweiten Abbuchung veranlasst.",
                "Ich sehe eine abgeschlossene Zahlung und eine Reservierung. Die Reservierung gibt Ihre Bank in einigen Tagen automatisch frei.",
            ),
            "da": (
                "Du har ret, betalingen blev trukket to gange på grund af en timeout. Jeg har sat refusionen af det andet træk i gang.",
                "Jeg kan se én gennemført betaling og én reservation. Reservationen frigives automatisk af din bank inden for få dage.",
            ),
        },
        resolution={
            "en": ("The duplicate charge of {amount} has been refunded.",),
            "de": ("Die doppelte Abbuchung über {amount} wurde erstattet.",),
            "da": ("Det dobbelte træk på {amount} er refunderet.",),
        },
        summary={
            "en": "Customer charged {amount} twice for order {order}.",
            "de": "Kunde wurde zweimal mit {amount} für Bestellung {order} belastet.",
            "da": "Kunden er trukket {amount} to gange for ordre {order}.",
        },
        escalates=0.2,
    ),
    Topic(
        key="login_trouble",
        team="Accounts",
        tags=("account", "login"),
        weight=9,
        moods=("unhappy", "neutral", None),
        subjects={
            "en": ("Cannot log in to my account", "Password reset email not arriving", "Account locked"),
            "de": (
                "Kann mich nicht anmelden",
                "E-Mail zum Zurücksetzen des Passworts kommt nicht an",
                "Konto gesperrt",
            ),
            "da": (
                "Kan ikke logge ind på min konto",
                "Mail til nulstilling af adgangskode kommer ikke",
                "Konto låst",
            ),
        },
        opening={
            "en": (
                "I cannot log in anymore. The site says my password is wrong, but I have not changed it.",
                "I requested a password reset several times but the email never arrives, not even in spam.",
                "My account was locked after too many attempts. How can I unlock it?",
            ),
            "de": (
                "Ich kann mich nicht mehr anmelden. Die Seite sagt, mein Passwort sei falsch, aber ich habe es nicht geändert.",
                "Ich habe mehrmals ein neues Passwort angefordert, aber die E-Mail kommt nie an, auch nicht im Spam.",
                "Mein Konto wurde nach zu vielen Versuchen gesperrt. Wie kann ich es entsperren?",
            ),
            "da": (
                "Jeg kan ikke logge ind længere. Siden siger, at min adgangskode er forkert, men jeg har ikke ændret den.",
                "Jeg har bedt om at nulstille min adgangskode flere gange, men mailen kommer aldrig, heller ikke i spam.",
                "Min konto blev låst efter for mange forsøg. Hvordan låser jeg den op?",
            ),
        },
        replies={
            "en": (
                "I have unlocked your account. Please use the 'Forgot password' link once more; the new link is valid for one hour.",
                "Our reset emails were being blocked by your mail provider. I have sent a reset link from a different address, please check your inbox.",
                "For security I need to confirm your identity: could you tell me the postcode of your delivery address?",
            ),
            "de": (
                "Ich habe Ihr Konto entsperrt. Bitte nutzen Sie noch einmal den Link 'Passwort vergessen'; der neue Link ist eine Stunde gültig.",
                "Unsere E-Mails zum Zurücksetzen wurden von Ihrem Mailanbieter blockiert. Ich habe Ihnen den Link von einer anderen Adresse geschickt, bitte sehen Sie in Ihr Postfach.",
                "Aus Sicherheitsgründen muss ich Ihre Identität bestätigen: Wie lautet die Postleitzahl Ihrer Lieferadresse?",
            ),
            "da": (
                "Jeg har låst din konto op. Brug venligst linket 'Glemt adgangskode' igen; det nye link gælder i en time.",
                "Vores nulstillingsmails blev blokeret af din mailudbyder. Jeg har sendt linket fra en anden adresse, så kig i din indbakke.",
                "Af sikkerhedshensyn skal jeg bekræfte din identitet: Hvad er postnummeret på din leveringsadresse?",
            ),
        },
        resolution={
            "en": (
                "Glad to hear you can log in again. I recommend turning on two-step verification in your account settings.",
            ),
            "de": (
                "Schön, dass die Anmeldung wieder klappt. Ich empfehle, in den Kontoeinstellungen die Zwei-Faktor-Anmeldung einzuschalten.",
            ),
            "da": (
                "Godt at høre, at du kan logge ind igen. Jeg anbefaler at slå totrinsbekræftelse til under kontoindstillinger.",
            ),
        },
        summary={
            "en": "Customer locked out, reset emails do not arrive.",
            "de": "Kunde ausgesperrt, Reset-E-Mails kommen nicht an.",
            "da": "Kunden er låst ude, nulstillingsmails kommer ikke frem.",
        },
        escalates=0.1,
    ),
    Topic(
        key="cancel_subscription",
        team="Accounts",
        tags=("account", "cancellation"),
        weight=6,
        moods=("neutral", "unhappy", None),
        subjects={
            "en": ("Cancel my subscription", "Please close my account", "Change of plan"),
            "de": ("Abo kündigen", "Bitte Konto schließen", "Tarifwechsel"),
            "da": ("Opsig mit abonnement", "Luk venligst min konto", "Skift af abonnement"),
        },
        opening={
            "en": (
                "I would like to cancel my subscription at the end of the current billing period.",
                "Please close my account and delete my data. I no longer use the service.",
                "Can I switch from my current plan to a cheaper one without losing my order history?",
            ),
            "de": (
                "Ich möchte mein Abo zum Ende des aktuellen Abrechnungszeitraums kündigen.",
                "Bitte schließen Sie mein Konto und löschen Sie meine Daten. Ich nutze den Dienst nicht mehr.",
                "Kann ich von meinem jetzigen Tarif in einen günstigeren wechseln, ohne meine Bestellhistorie zu verlieren?",
            ),
            "da": (
                "Jeg vil gerne opsige mit abonnement ved udgangen af den nuværende periode.",
                "Luk venligst min konto og slet mine data. Jeg bruger ikke tjenesten længere.",
                "Kan jeg skifte til et billigere abonnement uden at miste min ordrehistorik?",
            ),
        },
        replies={
            "en": (
                "I'm sorry to see you go. Before I cancel: we could pause your subscription for up to three months instead. Would that help?",
                "Of course. Your plan can be changed at any time and your order history stays as it is.",
            ),
            "de": (
                "Schade, dass Sie gehen möchten. Bevor ich kündige: Wir könnten Ihr Abo auch bis zu drei Monate pausieren. Wäre das eine Option?",
                "Selbstverständlich. Der Tarif lässt sich jederzeit ändern, Ihre Bestellhistorie bleibt erhalten.",
            ),
            "da": (
                "Ærgerligt, at du vil stoppe. Inden jeg opsiger: Vi kan også sætte dit abonnement på pause i op til tre måneder. Kunne det hjælpe?",
                "Selvfølgelig. Abonnementet kan skiftes når som helst, og din ordrehistorik bliver bevaret.",
            ),
        },
        resolution={
            "en": (
                "Your subscription has been cancelled and ends at the close of this billing period. You will receive a confirmation by email.",
            ),
            "de": (
                "Ihr Abo ist gekündigt und endet mit dem aktuellen Abrechnungszeitraum. Eine Bestätigung erhalten Sie per E-Mail.",
            ),
            "da": (
                "Dit abonnement er opsagt og slutter med den nuværende periode. Du får en bekræftelse på mail.",
            ),
        },
        summary={
            "en": "Cancellation request, retention offer made.",
            "de": "Kündigungswunsch, Halteangebot gemacht.",
            "da": "Ønske om opsigelse, fastholdelsestilbud givet.",
        },
        escalates=0.03,
    ),
    Topic(
        key="defective_product",
        team="Technical",
        tags=("technical", "defect"),
        weight=9,
        moods=("unhappy", "neutral", "angry", None),
        subjects={
            "en": ("My {product} stopped working", "Defective {product}", "Warranty claim for order {order}"),
            "de": (
                "Gerät defekt: {product}",
                "Problem mit Gerät ({product})",
                "Garantiefall zu Bestellung {order}",
            ),
            "da": ("Enhed virker ikke: {product}", "Problem med {product}", "Garantisag for ordre {order}"),
        },
        opening={
            "en": (
                "My {product} stopped working after three weeks. It does not switch on anymore, even when fully charged.",
                "The {product} I bought (order {order}) makes a loud clicking noise and then turns itself off.",
                "Since the last update my {product} keeps disconnecting every few minutes.",
            ),
            "de": (
                "Mein Gerät ({product}) funktioniert nach drei Wochen nicht mehr. Es lässt sich nicht mehr einschalten, auch nicht voll geladen.",
                "Das gekaufte Gerät ({product}, Bestellung {order}) macht ein lautes Klicken und schaltet sich dann ab.",
                "Seit dem letzten Update verliert mein Gerät ({product}) alle paar Minuten die Verbindung.",
            ),
            "da": (
                "Min vare ({product}) holdt op med at virke efter tre uger. Den tænder ikke længere, heller ikke fuldt opladet.",
                "Varen ({product}), jeg købte (ordre {order}), laver en høj klikkelyd og slukker så.",
                "Siden sidste opdatering mister min enhed ({product}) forbindelsen med få minutters mellemrum.",
            ),
        },
        replies={
            "en": (
                "Could you try a reset: hold the power button for 15 seconds, wait a minute and switch it on again?",
                "Thanks for trying that. It looks like a hardware fault, which is covered by the warranty. I have created a repair order for you.",
                "Which firmware version is shown in the settings? We have seen this behaviour with one particular version.",
            ),
            "de": (
                "Könnten Sie einen Reset versuchen: Halten Sie die Ein-/Aus-Taste 15 Sekunden gedrückt, warten Sie eine Minute und schalten Sie das Gerät wieder ein?",
                "Danke, dass Sie das ausprobiert haben. Es sieht nach einem Hardwarefehler aus, der unter die Garantie fällt. Ich habe einen Reparaturauftrag für Sie angelegt.",
                "Welche Firmware-Version wird in den Einstellungen angezeigt? Wir kennen dieses Verhalten von einer bestimmten Version.",
            ),
            "da": (
                "Vil du prøve en nulstilling: Hold tænd/sluk-knappen inde i 15 sekunder, vent et minut og tænd igen?",
                "Tak fordi du prøvede det. Det ligner en hardwarefejl, som er dækket af garantien. Jeg har oprettet en reparationsordre til dig.",
                "Hvilken firmwareversion står der i indstillingerne? Vi har set denne fejl med en bestemt version.",
            ),
        },
        resolution={
            "en": (
                "The repaired device has been sent back to you today. The fault was a loose battery connector.",
                "A fixed firmware version has been released. After updating, the problem should be gone for good.",
            ),
            "de": (
                "Das reparierte Gerät wurde heute an Sie zurückgeschickt. Ursache war ein lockerer Akkustecker.",
                "Eine korrigierte Firmware ist erschienen. Nach dem Update sollte das Problem dauerhaft behoben sein.",
            ),
            "da": (
                "Den reparerede enhed er sendt retur til dig i dag. Fejlen var et løst batteristik.",
                "Der er udkommet en rettet firmware. Efter opdateringen burde problemet være væk for altid.",
            ),
        },
        summary={
            "en": "Device from order {order} fails, reset did not help.",
            "de": "Gerät aus Bestellung {order} defekt, Reset hat nicht geholfen.",
            "da": "Enhed fra ordre {order} er defekt, nulstilling hjalp ikke.",
        },
        escalates=0.3,
    ),
    Topic(
        key="app_error",
        team="Technical",
        tags=("technical", "bug"),
        weight=7,
        moods=("unhappy", "neutral", None),
        subjects={
            "en": ("App crashes on start", "Error message when saving", "Sync not working"),
            "de": (
                "App stürzt beim Start ab",
                "Fehlermeldung beim Speichern",
                "Synchronisierung funktioniert nicht",
            ),
            "da": ("Appen lukker ned ved start", "Fejlmeddelelse ved gem", "Synkronisering virker ikke"),
        },
        opening={
            "en": (
                "Since yesterday the app crashes as soon as I open it. I have already reinstalled it.",
                "When I try to save my settings I get 'Error 500: something went wrong'.",
                "The app no longer syncs between my phone and my laptop. Changes just disappear.",
            ),
            "de": (
                "Seit gestern stürzt die App sofort beim Öffnen ab. Ich habe sie schon neu installiert.",
                "Beim Speichern meiner Einstellungen erscheint 'Fehler 500: Etwas ist schiefgelaufen'.",
                "Die App synchronisiert nicht mehr zwischen meinem Handy und meinem Laptop. Änderungen verschwinden einfach.",
            ),
            "da": (
                "Siden i går lukker appen ned, så snart jeg åbner den. Jeg har allerede geninstalleret den.",
                "Når jeg prøver at gemme mine indstillinger, får jeg 'Fejl 500: Noget gik galt'.",
                "Appen synkroniserer ikke længere mellem min telefon og min bærbare. Ændringer forsvinder bare.",
            ),
        },
        replies={
            "en": (
                "Thank you for the report. Could you tell me your phone model and the app version shown under Settings > About?",
                "Our developers have reproduced the problem and are working on a fix. As a workaround, logging out and in again helps in most cases.",
            ),
            "de": (
                "Danke für die Meldung. Können Sie mir Ihr Handymodell und die App-Version unter Einstellungen > Info nennen?",
                "Unsere Entwickler konnten das Problem nachstellen und arbeiten an einer Lösung. Als Übergangslösung hilft meist, sich ab- und wieder anzumelden.",
            ),
            "da": (
                "Tak for fejlmeldingen. Vil du oplyse din telefonmodel og appversionen under Indstillinger > Om?",
                "Vores udviklere har genskabt problemet og arbejder på en rettelse. Indtil da hjælper det som regel at logge ud og ind igen.",
            ),
        },
        resolution={
            "en": (
                "The update with the fix is now available in the app store. Please install it and let us know if anything is still wrong.",
            ),
            "de": (
                "Das Update mit der Korrektur ist jetzt im App Store verfügbar. Bitte installieren Sie es und geben Sie Bescheid, falls noch etwas nicht stimmt.",
            ),
            "da": (
                "Opdateringen med rettelsen ligger nu i app-butikken. Installer den og sig til, hvis noget stadig ikke virker.",
            ),
        },
        summary={
            "en": "App crash reproducible for this customer, logs attached.",
            "de": "App-Absturz beim Kunden reproduzierbar, Logs im Anhang.",
            "da": "Appnedbrud kan genskabes hos kunden, logfiler vedhæftet.",
        },
        escalates=0.35,
    ),
    Topic(
        key="complaint",
        team="Accounts",
        tags=("complaint",),
        weight=4,
        moods=("angry", "angry", "unhappy"),
        subjects={
            "en": ("Complaint about your service", "Very disappointed", "Formal complaint"),
            "de": ("Beschwerde über Ihren Service", "Sehr enttäuscht", "Offizielle Beschwerde"),
            "da": ("Klage over jeres service", "Meget skuffet", "Formel klage"),
        },
        opening={
            "en": (
                "I have now contacted you four times about order {order} and nobody has solved my problem. I want to speak to a manager.",
                "The driver was rude and left my parcel in the rain. This is not the service I pay for.",
            ),
            "de": (
                "Ich habe mich jetzt viermal wegen der Bestellung {order} gemeldet und niemand hat mein Problem gelöst. Ich möchte eine Vorgesetzte oder einen Vorgesetzten sprechen.",
                "Der Fahrer war unhöflich und hat mein Paket im Regen abgestellt. Das ist nicht der Service, für den ich bezahle.",
            ),
            "da": (
                "Jeg har nu kontaktet jer fire gange om ordre {order}, og ingen har løst mit problem. Jeg vil tale med en leder.",
                "Chaufføren var uhøflig og stillede min pakke i regnvejr. Det er ikke den service, jeg betaler for.",
            ),
        },
        replies={
            "en": (
                "I am very sorry about your experience, this is not how we want to treat our customers. I have taken over your case personally.",
                "Thank you for telling us. I have passed your feedback to our delivery partner and will make sure it is followed up.",
            ),
            "de": (
                "Es tut mir sehr leid, dass Sie diese Erfahrung gemacht haben, so möchten wir nicht mit unseren Kunden umgehen. Ich habe Ihren Fall persönlich übernommen.",
                "Danke, dass Sie uns das mitteilen. Ich habe Ihr Feedback an unseren Lieferpartner weitergegeben und kümmere mich darum, dass es Folgen hat.",
            ),
            "da": (
                "Jeg er virkelig ked af din oplevelse; sådan vil vi ikke behandle vores kunder. Jeg har personligt overtaget din sag.",
                "Tak fordi du fortæller os det. Jeg har givet din feedback videre til vores fragtpartner og sørger for, at der bliver fulgt op.",
            ),
        },
        resolution={
            "en": (
                "As an apology I have credited {amount} to your customer account. I hope we can win back your trust.",
            ),
            "de": (
                "Als Entschuldigung habe ich Ihrem Kundenkonto {amount} gutgeschrieben. Ich hoffe, wir können Ihr Vertrauen zurückgewinnen.",
            ),
            "da": (
                "Som undskyldning har jeg krediteret {amount} på din kundekonto. Jeg håber, vi kan vinde din tillid tilbage.",
            ),
        },
        summary={
            "en": "Repeated contacts without a solution, customer wants a manager.",
            "de": "Wiederholte Kontakte ohne Lösung, Kunde verlangt Vorgesetzte.",
            "da": "Gentagne henvendelser uden løsning, kunden vil tale med en leder.",
        },
        escalates=0.4,
    ),
    Topic(
        key="praise",
        team=None,
        tags=("feedback",),
        weight=3,
        moods=("happy",),
        subjects={
            "en": ("Thank you!", "Great service", "Just wanted to say thanks"),
            "de": ("Vielen Dank!", "Toller Service", "Wollte nur Danke sagen"),
            "da": ("Tusind tak!", "Fantastisk service", "Ville bare sige tak"),
        },
        opening={
            "en": (
                "I just wanted to say thank you to {agent}, who helped me last week. Excellent service!",
                "The {product} arrived a day early and works perfectly. Thanks!",
            ),
            "de": (
                "Ich wollte mich nur bei {agent} für die Hilfe letzte Woche bedanken. Toller Service!",
                "Die Bestellung ({product}) kam einen Tag früher als angekündigt und funktioniert einwandfrei. Danke!",
            ),
            "da": (
                "Jeg ville bare sige tak til {agent}, som hjalp mig i sidste uge. Fremragende service!",
                "Ordren ({product}) kom en dag før tid og virker perfekt. Tak!",
            ),
        },
        replies={
            "en": ("Thank you so much for your kind words, I will pass them on to the team!",),
            "de": ("Vielen Dank für Ihre netten Worte, ich gebe sie gern an das Team weiter!",),
            "da": ("Mange tak for de søde ord, jeg giver dem videre til holdet!",),
        },
        resolution={
            "en": ("Thank you so much for your kind words, I will pass them on to the team!",),
            "de": ("Vielen Dank für Ihre netten Worte, ich gebe sie gern an das Team weiter!",),
            "da": ("Mange tak for de søde ord, jeg giver dem videre til holdet!",),
        },
        summary={"en": "Positive feedback.", "de": "Positives Feedback.", "da": "Positiv feedback."},
        escalates=0.0,
        short=True,
    ),
    Topic(
        key="proactive",
        team="Accounts",
        tags=("follow-up",),
        weight=3,
        moods=("neutral", "happy", None),
        subjects={
            "en": (
                "Following up on your recent order",
                "How is your {product} working?",
                "Your subscription renews soon",
            ),
            "de": (
                "Nachfrage zu Ihrer letzten Bestellung",
                "Wie zufrieden sind Sie mit Ihrem Gerät?",
                "Ihr Abo verlängert sich bald",
            ),
            "da": (
                "Opfølgning på din seneste ordre",
                "Hvordan går det med dit køb?",
                "Dit abonnement fornyes snart",
            ),
        },
        opening={
            "en": (
                "I am following up on your order {order}. Did everything arrive in good condition, and is there anything we can help with?",
                "Your subscription renews next month. As a thank you for your loyalty we can offer you a free upgrade for three months.",
            ),
            "de": (
                "Ich melde mich wegen Ihrer Bestellung {order}. Ist alles gut angekommen, und können wir Ihnen noch irgendwie helfen?",
                "Ihr Abo verlängert sich nächsten Monat. Als Dankeschön für Ihre Treue bieten wir Ihnen drei Monate ein kostenloses Upgrade an.",
            ),
            "da": (
                "Jeg følger op på din ordre {order}. Kom alt frem i god stand, og er der noget, vi kan hjælpe med?",
                "Dit abonnement fornyes næste måned. Som tak for din loyalitet kan vi tilbyde dig en gratis opgradering i tre måneder.",
            ),
        },
        replies={
            "en": (
                "Great to hear. I have noted that in your account.",
                "I have activated the upgrade for you.",
            ),
            "de": (
                "Schön zu hören. Ich habe das in Ihrem Konto vermerkt.",
                "Ich habe das Upgrade für Sie aktiviert.",
            ),
            "da": (
                "Dejligt at høre. Jeg har noteret det på din konto.",
                "Jeg har aktiveret opgraderingen for dig.",
            ),
        },
        resolution={
            "en": ("Thank you for your feedback, and enjoy your purchase!",),
            "de": ("Vielen Dank für Ihre Rückmeldung und viel Freude mit Ihrem Einkauf!",),
            "da": ("Tak for din tilbagemelding, og god fornøjelse med dit køb!",),
        },
        summary={
            "en": "Proactive follow-up after purchase.",
            "de": "Proaktive Nachfrage nach dem Kauf.",
            "da": "Proaktiv opfølgning efter køb.",
        },
        escalates=0.0,
        agent_initiated=True,
    ),
)

TEAMS: tuple[tuple[str, str], ...] = (
    ("Billing", "Payments, invoices, refunds and charges."),
    ("Shipping", "Deliveries, returns, damaged and wrong items."),
    ("Technical", "Second and third level: device faults, app errors, bugs."),
    ("Accounts", "Logins, subscriptions, complaints and customer care."),
)

# name, language, role, tiers, team
AGENTS: tuple[tuple[str, str, str, tuple[int, ...], str], ...] = (
    ("Maria Schneider", "de", "agent", (1,), "Billing"),
    ("James Carter", "en", "agent", (1, 2), "Billing"),
    ("Mette Jensen", "da", "agent", (1,), "Billing"),
    ("Katrin Vogel", "de", "supervisor", (1, 2), "Billing"),
    ("Lukas Weber", "de", "agent", (1,), "Shipping"),
    ("Emma Thompson", "en", "agent", (1,), "Shipping"),
    ("Rasmus Nielsen", "da", "agent", (1, 2), "Shipping"),
    ("Hannah Fischer", "de", "agent", (1, 2), "Accounts"),
    ("Oliver Bennett", "en", "agent", (1,), "Accounts"),
    ("Anders Kristensen", "da", "admin", (1, 2, 3), "Accounts"),
    ("Freja Andersen", "da", "agent", (2, 3), "Technical"),
    ("Jonas Becker", "de", "agent", (2, 3), "Technical"),
    ("Priya Patel", "en", "agent", (2, 3), "Technical"),
    ("Daniel Hughes", "en", "supervisor", (1, 2, 3), "Technical"),
)

AGENT_MAIL_DOMAIN = "helpdesk.example"
