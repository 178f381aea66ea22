<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AddressFields</name>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>Copy to (addresses, separated by commas)</source>
        <translation>Kopie an (Adressen, durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Blind copy to</source>
        <translation>Blindkopie an</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>AgentSecret</name>
    <message>
        <source>Set &amp;PIN or password…</source>
        <translation>&amp;PIN oder Passwort festlegen…</translation>
    </message>
    <message>
        <source>None yet: this agent chooses one at their first sign-in.</source>
        <translation>Noch keines: Der Agent wählt es bei der ersten Anmeldung.</translation>
    </message>
    <message>
        <source>Reset &amp;PIN or password…</source>
        <translation>&amp;PIN oder Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>A new one ends any wait after wrong tries.</source>
        <translation>Ein neues beendet jede Wartezeit nach falschen Versuchen.</translation>
    </message>
    <message>
        <source>PIN or password saved.</source>
        <translation>PIN oder Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <source>Home team: %1</source>
        <translation>Stammteam: %1</translation>
    </message>
    <message>
        <source>Also works in: %1</source>
        <translation>Arbeitet auch in: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(Sie)</translation>
    </message>
    <message>
        <source>No teams yet: add them on the Teams tab.</source>
        <translation>Noch keine Teams: Legen Sie sie im Reiter „Teams“ an.</translation>
    </message>
    <message>
        <source>No home team</source>
        <translation>Kein Stammteam</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>Neuer Agent</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; ask another admin.</source>
        <translation>Sie können sich nicht selbst deaktivieren; bitten Sie einen anderen Admin.</translation>
    </message>
    <message>
        <source>Only an admin can deactivate or reactivate an admin.</source>
        <translation>Nur ein Admin kann einen Admin deaktivieren oder reaktivieren.</translation>
    </message>
    <message>
        <source>The agent keeps their history but can no longer take conversations.</source>
        <translation>Der Verlauf bleibt erhalten, aber der Agent kann keine Anfragen mehr übernehmen.</translation>
    </message>
    <message>
        <source>&amp;Add agent</source>
        <translation>Agent &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save agent</source>
        <translation>Agent spei&amp;chern</translation>
    </message>
    <message>
        <source>Fill in the form and press Add agent.</source>
        <translation>Füllen Sie das Formular aus und klicken Sie auf „Agent hinzufügen“.</translation>
    </message>
    <message>
        <source>Nobody works here yet.</source>
        <translation>Hier arbeitet noch niemand.</translation>
    </message>
    <message>
        <source>Deactivated: keeps their history, takes no conversations.</source>
        <translation>Deaktiviert: Verlauf bleibt, übernimmt keine Anfragen.</translation>
    </message>
    <message>
        <source>no open conversations</source>
        <translation>keine offenen Anfragen</translation>
    </message>
    <message>
        <source>1 open conversation</source>
        <translation>1 offene Anfrage</translation>
    </message>
    <message>
        <source>%n open conversations</source>
        <translation>%n offene Anfragen</translation>
    </message>
    <message>
        <source>%1 now works at this desk; File → Switch agent… changes who does.</source>
        <translation>%1 arbeitet jetzt an diesem Arbeitsplatz; Datei → Agent wechseln… ändert das.</translation>
    </message>
    <message>
        <source>the new agent</source>
        <translation>den neuen Agenten</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen für %1 speichern?</translation>
    </message>
    <message>
        <source>Deactivate agent</source>
        <translation>Agent deaktivieren</translation>
    </message>
    <message>
        <source>%1 still holds 1 open conversation.</source>
        <translation>%1 hat noch 1 offene Anfrage.</translation>
    </message>
    <message>
        <source>%1 still holds %n open conversations.</source>
        <translation>%1 hat noch %n offene Anfragen.</translation>
    </message>
    <message>
        <source>Deactivated agents keep their history but take no more conversations. Put their open conversations back in the queue so that colleagues pick them up, or keep them assigned and reassign them yourself.</source>
        <translation>Deaktivierte Agenten behalten ihren Verlauf, übernehmen aber keine Anfragen mehr. Geben Sie ihre offenen Anfragen zurück in die Warteschlange, damit Kolleginnen und Kollegen sie übernehmen, oder lassen Sie sie zugewiesen und weisen Sie sie selbst neu zu.</translation>
    </message>
    <message>
        <source>Deactivate and return to queue</source>
        <translation>Deaktivieren, Anfragen zurückgeben</translation>
    </message>
    <message>
        <source>Deactivate, keep assigned</source>
        <translation>Deaktivieren, zugewiesen lassen</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>%1 deaktivieren?</translation>
    </message>
    <message>
        <source>They keep their history and can be reactivated at any time; they take no conversations.</source>
        <translation>Der Verlauf bleibt erhalten und eine Reaktivierung ist jederzeit möglich; es werden keine Anfragen mehr übernommen.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>1 conversation went back to the queue.</source>
        <translation>1 Anfrage ist zurück in der Warteschlange.</translation>
    </message>
    <message>
        <source>%n conversations went back to the queue.</source>
        <translation>%n Anfragen sind zurück in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>AgentsTeamsDialog</name>
    <message>
        <source>Agents and teams</source>
        <translation>Agenten und Teams</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conversations assigned to the agent that are not solved yet.</source>
        <translation>Dem Agenten zugewiesene Anfragen, die noch nicht gelöst sind.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Conversations routed to the team that are not solved yet.</source>
        <translation>An das Team geleitete Anfragen, die noch nicht gelöst sind.</translation>
    </message>
    <message>
        <source>Read only. %1</source>
        <translation>Schreibgeschützt. %1</translation>
    </message>
    <message>
        <source>Only an admin can change an admin&apos;s role.</source>
        <translation>Nur ein Admin kann die Rolle eines Admins ändern.</translation>
    </message>
    <message>
        <source>Agents work conversations in their tiers. Supervisors may also work every tier, review queues and manage teams and tier names. Admins in addition manage agents: their roles, tiers, teams and PINs.</source>
        <translation>Agenten bearbeiten Konversationen ihrer Stufen. Teamleitungen dürfen zudem in jeder Stufe arbeiten, Warteschlangen prüfen sowie Teams und Stufennamen verwalten. Admins verwalten außerdem die Agenten: Rollen, Stufen, Teams und PINs.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>the new agent</source>
        <translation>den neuen Agenten</translation>
    </message>
    <message>
        <source>the new team</source>
        <translation>das neue Team</translation>
    </message>
    <message>
        <source>the tier names</source>
        <translation>die Stufennamen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Änderungen für %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>AgentsTeamsForm</name>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agenten</translation>
    </message>
    <message>
        <source>Filter by name, email, role or team</source>
        <translation>Nach Name, E-Mail, Rolle oder Team filtern</translation>
    </message>
    <message>
        <source>Shows only the agents whose name, email, role, tiers or teams contain what you type.</source>
        <translation>Zeigt nur die Agenten, deren Name, E-Mail, Rolle, Stufen oder Teams den eingegebenen Text enthalten.</translation>
    </message>
    <message>
        <source>Sho&amp;w deactivated</source>
        <translation>Deaktivierte an&amp;zeigen</translation>
    </message>
    <message>
        <source>Also list agents who were deactivated. They keep their history and can be reactivated.</source>
        <translation>Auch deaktivierte Agenten auflisten. Sie behalten ihren Verlauf und können reaktiviert werden.</translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation>Neuer A&amp;gent…</translation>
    </message>
    <message>
        <source>Clear the form below to add an agent.</source>
        <translation>Leert das Formular unten, um einen Agenten hinzuzufügen.</translation>
    </message>
    <message>
        <source>Click an agent to edit them below.</source>
        <translation>Klicken Sie auf einen Agenten, um ihn unten zu bearbeiten.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>name@firma.example</translation>
    </message>
    <message>
        <source>The agent&apos;s work address; two agents cannot share one.</source>
        <translation>Die dienstliche Adresse des Agenten; zwei Agenten können nicht dieselbe haben.</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Agents work conversations in their tiers. Supervisors may also work every tier, review queues and manage agents, teams and tier names. Admins may in addition give or take the admin role.</source>
        <translation>Agenten bearbeiten Anfragen in ihren Stufen. Teamleitungen dürfen zusätzlich in jeder Stufe arbeiten, Warteschlangen prüfen sowie Agenten, Teams und Stufennamen verwalten. Admins dürfen außerdem die Admin-Rolle vergeben oder entziehen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>The language the agent answers in; conversations in it are routed to them first.</source>
        <translation>Die Sprache, in der der Agent antwortet; Anfragen in dieser Sprache gehen zuerst an ihn.</translation>
    </message>
    <message>
        <source>Tiers worked:</source>
        <translation>Bearbeitete Stufen:</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>L3</source>
        <translation>L3</translation>
    </message>
    <message>
        <source>Teams &amp;worked:</source>
        <translation>Arbeitet &amp;in Teams:</translation>
    </message>
    <message>
        <source>Tick every team the agent works in; their conversations reach the agent.</source>
        <translation>Markieren Sie jedes Team, in dem der Agent arbeitet; dessen Anfragen gehen an ihn.</translation>
    </message>
    <message>
        <source>&amp;Home team:</source>
        <translation>&amp;Stammteam:</translation>
    </message>
    <message>
        <source>The team the agent belongs to in reports and assign menus; one of the teams ticked above.</source>
        <translation>Das Team, dem der Agent in Berichten und Zuweisungsmenüs zugeordnet ist; eines der oben markierten Teams.</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>The agent keeps their history but can no longer sign in at a desk or take conversations.</source>
        <translation>Der Verlauf bleibt erhalten, aber der Agent kann sich an keinem Arbeitsplatz mehr anmelden und keine Anfragen mehr übernehmen.</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Reakti&amp;vieren</translation>
    </message>
    <message>
        <source>Let the agent work again, with the tiers and teams they had.</source>
        <translation>Lässt den Agenten wieder arbeiten, mit seinen bisherigen Stufen und Teams.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Forget the changes made in the form.</source>
        <translation>Verwirft die Änderungen im Formular.</translation>
    </message>
    <message>
        <source>&amp;Save agent</source>
        <translation>Agent spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>Teams (departments such as billing, shipping or technical) get conversations routed to them; agents work in one or more of them.</source>
        <translation>Teams (Abteilungen wie Buchhaltung, Versand oder Technik) bekommen Anfragen zugeleitet; Agenten arbeiten in einem oder mehreren davon.</translation>
    </message>
    <message>
        <source>New t&amp;eam…</source>
        <translation>Neues T&amp;eam…</translation>
    </message>
    <message>
        <source>Clear the form on the right to add a team.</source>
        <translation>Leert das Formular rechts, um ein Team hinzuzufügen.</translation>
    </message>
    <message>
        <source>Click a team to rename it, describe it or delete it.</source>
        <translation>Klicken Sie auf ein Team, um es umzubenennen, zu beschreiben oder zu löschen.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>e.g. Billing</source>
        <translation>z. B. Buchhaltung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>What the team takes care of</source>
        <translation>Wofür das Team zuständig ist</translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation>Agenten:</translation>
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation>Team &amp;löschen…</translation>
    </message>
    <message>
        <source>Only a team nobody works in and no open conversation is routed to can be deleted.</source>
        <translation>Nur ein Team, in dem niemand arbeitet und an das keine offene Anfrage geleitet ist, kann gelöscht werden.</translation>
    </message>
    <message>
        <source>&amp;Save team</source>
        <translation>Team spei&amp;chern</translation>
    </message>
    <message>
        <source>T&amp;ier names</source>
        <translation>Stufe&amp;nnamen</translation>
    </message>
    <message>
        <source>Conversations move up through three tiers: the first answers the common questions, the second has more depth or authority, the third is specialists and engineering. Name them the way your team speaks of them.</source>
        <translation>Anfragen durchlaufen drei Stufen: Die erste beantwortet die häufigen Fragen, die zweite hat mehr Fachwissen oder Befugnisse, in der dritten sitzen Spezialisten und Entwicklung. Benennen Sie die Stufen so, wie Ihr Team sie nennt.</translation>
    </message>
    <message>
        <source>Tier &amp;1 (L1):</source>
        <translation>Stufe &amp;1 (L1):</translation>
    </message>
    <message>
        <source>First level: answers the common questions.</source>
        <translation>1. Stufe: beantwortet die häufigen Fragen.</translation>
    </message>
    <message>
        <source>Tier &amp;2 (L2):</source>
        <translation>Stufe &amp;2 (L2):</translation>
    </message>
    <message>
        <source>Second level: more depth or authority.</source>
        <translation>2. Stufe: mehr Fachwissen oder Befugnisse.</translation>
    </message>
    <message>
        <source>Tier &amp;3 (L3):</source>
        <translation>Stufe &amp;3 (L3):</translation>
    </message>
    <message>
        <source>Third level: specialists and engineering.</source>
        <translation>3. Stufe: Spezialisten und Entwicklung.</translation>
    </message>
    <message>
        <source>The names appear in the escalation dialog, the conversation header, the SLA editor and here; the inbox list keeps the short labels L1, L2 and L3.</source>
        <translation>Die Namen erscheinen im Eskalationsdialog, im Kopf der Anfrage, im SLA-Editor und hier; die Liste im Posteingang behält die Kurzbezeichnungen L1, L2 und L3.</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Put back 1st level, 2nd level and 3rd level (saved when you save).</source>
        <translation>Stellt „1. Stufe“, „2. Stufe“ und „3. Stufe“ wieder her (wirksam beim Speichern).</translation>
    </message>
    <message>
        <source>&amp;Save tier names</source>
        <translation>Stufennamen spei&amp;chern</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>AgentDesk could not be started again; start it with: {command}</source>
        <translation>AgentDesk konnte nicht neu gestartet werden; starten Sie es mit: {command}</translation>
    </message>
</context>
<context>
    <name>ArticleCompleter</name>
    <message>
        <source>Public article</source>
        <translation>Öffentlicher Artikel</translation>
    </message>
    <message>
        <source>Internal article</source>
        <translation>Interner Artikel</translation>
    </message>
</context>
<context>
    <name>AttachmentErrors</name>
    <message>
        <source>Wait until the files are attached.</source>
        <translation>Warten Sie, bis die Dateien angehängt sind.</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>Save all attachments…</source>
        <translation>Alle Anhänge speichern…</translation>
    </message>
    <message>
        <source>Save every file of this message, or of the conversation</source>
        <translation>Alle Dateien dieser Nachricht oder der ganzen Konversation speichern</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Save &amp;all of this message…</source>
        <translation>&amp;Alle dieser Nachricht speichern…</translation>
    </message>
    <message>
        <source>No application on this computer opens %1. Use Save as… instead.</source>
        <translation>Kein Programm auf diesem Computer öffnet %1. Verwenden Sie stattdessen „Speichern unter…“.</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>There is no file to save here.</source>
        <translation>Hier gibt es keine Datei zum Speichern.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert.</numerusform>
            <numerusform>%n Dateien in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Save all attachments to</source>
        <translation>Alle Anhänge speichern in</translation>
    </message>
    <message>
        <source>Open this file?</source>
        <translation>Diese Datei öffnen?</translation>
    </message>
    <message>
        <source>%1 is a program or script.</source>
        <translation>%1 ist ein Programm oder Skript.</translation>
    </message>
    <message>
        <source>Opening it runs it on this computer. Open it only if you trust where it came from.</source>
        <translation>Beim Öffnen wird es auf diesem Computer ausgeführt. Öffnen Sie es nur, wenn Sie der Herkunft vertrauen.</translation>
    </message>
    <message>
        <source>%1 can contain macros.</source>
        <translation>%1 kann Makros enthalten.</translation>
    </message>
    <message>
        <source>Macros in a document from outside can harm this computer. Do not enable them.</source>
        <translation>Makros in einem Dokument von außen können diesem Computer schaden. Aktivieren Sie sie nicht.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Trotzdem öffnen</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Agents and roles</source>
        <translation>Agenten und Rollen</translation>
    </message>
    <message>
        <source>Sign-in failures</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>SLA policies and calendars</source>
        <translation>SLA-Richtlinien und Kalender</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>Canned replies and macros</source>
        <translation>Textbausteine und Makros</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Routing-Regeln</translation>
    </message>
    <message>
        <source>Survey settings</source>
        <translation>Umfrage-Einstellungen</translation>
    </message>
    <message>
        <source>Erasures and retention</source>
        <translation>Löschungen und Aufbewahrung</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team-Server</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Server login</source>
        <translation>Server-Anmeldung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>Gelöscht am</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>First response (minutes)</source>
        <translation>Erstreaktion (Minuten)</translation>
    </message>
    <message>
        <source>Next response (minutes)</source>
        <translation>Nächste Reaktion (Minuten)</translation>
    </message>
    <message>
        <source>Resolution (minutes)</source>
        <translation>Lösung (Minuten)</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Geschäftskalender</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Sichtbar für</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Läuft bei</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Erased by</source>
        <translation>Gelöscht von</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Festgelegt von</translation>
    </message>
    <message>
        <source>Wrong tries in a row</source>
        <translation>Falsche Versuche in Folge</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>One team</source>
        <translation>Ein Team</translation>
    </message>
    <message>
        <source>One agent</source>
        <translation>Ein Agent</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The customer asked</source>
        <translation>Auf Wunsch des Kunden</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>Processed unlawfully</source>
        <translation>Unrechtmäßig verarbeitet</translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>Aufbewahrungsfrist abgelaufen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Tier names</source>
        <translation>Namen der Stufen</translation>
    </message>
    <message>
        <source>Retention period (years)</source>
        <translation>Aufbewahrungsfrist (Jahre)</translation>
    </message>
    <message>
        <source>Team server connection</source>
        <translation>Verbindung zum Team-Server</translation>
    </message>
    <message>
        <source>A time of the period has no time zone.</source>
        <translation>Eine Zeitangabe des Zeitraums hat keine Zeitzone.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>The audit log is for supervisors and admins.</source>
        <translation>Das Prüfprotokoll ist für Teamleitungen und Admins.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Die Datei {path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>Wählen Sie den ersten und den letzten Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>The period must lie between the years 1900 and 2999.</source>
        <translation>Der Zeitraum muss zwischen den Jahren 1900 und 2999 liegen.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Every change to agents, teams, tiers, SLA policies, mailboxes, replies, macros, routing rules and privacy settings, and every refused sign-in. Entries cannot be changed or deleted.</source>
        <translation>Jede Änderung an Agenten, Teams, Stufen, SLA-Richtlinien, Postfächern, Textbausteinen, Makros, Routing-Regeln und Datenschutz-Einstellungen sowie jede abgewiesene Anmeldung. Einträge lassen sich weder ändern noch löschen.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Find a name or a value</source>
        <translation>Namen oder Wert suchen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Keine passenden Einträge.</translation>
    </message>
    <message>
        <source>The newest %1 entries are shown; the export has all of them.</source>
        <translation>Die neuesten %1 Einträge werden angezeigt; der Export enthält alle.</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>%1 (sent by the server login %2)</source>
        <translation>%1 (gesendet von der Server-Anmeldung %2)</translation>
    </message>
    <message>
        <source>Exported to %1 (entries: %2).</source>
        <translation>Nach %1 exportiert (Einträge: %2).</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(niemand angemeldet)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditPart</name>
    <message>
        <source>The audit log is for supervisors and admins.</source>
        <translation>Das Prüfprotokoll ist für Teamleitungen und Admins.</translation>
    </message>
    <message>
        <source>Au&amp;dit log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Who changed agents, teams, policies, mailboxes and rules, and when</source>
        <translation>Wer wann Agenten, Teams, Richtlinien, Postfächer und Regeln geändert hat</translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
</context>
<context>
    <name>AvailabilityButton</name>
    <message>
        <source>Your availability: only available agents are given new conversations automatically</source>
        <translation>Ihre Verfügbarkeit: Nur verfügbare Agenten bekommen automatisch neue Anfragen</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message numerus="yes">
        <source>Change %n conversation(s)</source>
        <translation>
            <numerusform>%n Anfrage ändern</numerusform>
            <numerusform>%n Anfragen ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave as is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>Nobody (back to the queue)</source>
        <translation>Niemand (zurück in die Warteschlange)</translation>
    </message>
    <message>
        <source>refund, vip</source>
        <translation>erstattung, vip</translation>
    </message>
    <message>
        <source>Hand-off note (needed for a tier change)</source>
        <translation>Übergabenotiz (nötig bei Stufenwechsel)</translation>
    </message>
    <message>
        <source>Clear the follow-up</source>
        <translation>Wiedervorlage entfernen</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>In einer Stunde</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>A&amp;ssign to:</source>
        <translation>&amp;Zuweisen an:</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>Schlagwörter &amp;hinzufügen:</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>Schlagwörter &amp;entfernen:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>St&amp;ufe:</translation>
    </message>
    <message>
        <source>Hand-off &amp;note:</source>
        <translation>Übergabe&amp;notiz:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Wiedervorlage:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Choose at least one change.</source>
        <translation>Wählen Sie mindestens eine Änderung.</translation>
    </message>
</context>
<context>
    <name>BulkErrors</name>
    <message>
        <source>The tier must be 1, 2 or 3.</source>
        <translation>Die Stufe muss 1, 2 oder 3 sein.</translation>
    </message>
    <message>
        <source>Reason must be one of {join}.</source>
        <translation>Der Grund muss einer von {join} sein.</translation>
    </message>
    <message>
        <source>It is solved; reopen it first.</source>
        <translation>Sie ist gelöst; öffnen Sie sie zuerst wieder.</translation>
    </message>
    <message>
        <source>Choose at least one change.</source>
        <translation>Wählen Sie mindestens eine Änderung.</translation>
    </message>
    <message>
        <source>It is at tier {tier}, which you do not work.</source>
        <translation>Sie liegt auf Stufe {tier}, die Sie nicht bearbeiten.</translation>
    </message>
    <message>
        <source>It belongs to a team you are not in.</source>
        <translation>Sie gehört zu einem Team, in dem Sie nicht sind.</translation>
    </message>
    <message>
        <source>Conversation #{number}: {reason}</source>
        <translation>Anfrage #{number}: {reason}</translation>
    </message>
    <message>
        <source>The agent at this desk is not an active agent.</source>
        <translation>Die Person an diesem Arbeitsplatz ist kein aktiver Agent.</translation>
    </message>
    <message>
        <source>Choose at least one conversation.</source>
        <translation>Wählen Sie mindestens eine Anfrage.</translation>
    </message>
    <message>
        <source>Choose at most {MAX_BULK:,} conversations at a time (got {len:,}).</source>
        <translation>Wählen Sie höchstens {MAX_BULK:,} Anfragen auf einmal (gewählt: {len:,}).</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Sie existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Nothing was changed: conversation #{number}: {reason}</source>
        <translation>Nichts wurde geändert: Anfrage #{number}: {reason}</translation>
    </message>
    <message>
        <source>That status cannot be set by hand.</source>
        <translation>Dieser Status kann nicht von Hand gesetzt werden.</translation>
    </message>
    <message>
        <source>It must be solved before it can be closed.</source>
        <translation>Sie muss gelöst sein, bevor sie geschlossen werden kann.</translation>
    </message>
    <message>
        <source>That priority does not exist.</source>
        <translation>Diese Priorität gibt es nicht.</translation>
    </message>
    <message>
        <source>{name} does not work tier {tier}.</source>
        <translation>{name} bearbeitet Stufe {tier} nicht.</translation>
    </message>
    <message>
        <source>A tag cannot be added and removed at once.</source>
        <translation>Ein Schlagwort kann nicht gleichzeitig hinzugefügt und entfernt werden.</translation>
    </message>
    <message>
        <source>Name at least one tag to add or remove.</source>
        <translation>Nennen Sie mindestens ein Schlagwort zum Hinzufügen oder Entfernen.</translation>
    </message>
    <message>
        <source>A follow-up time needs a time zone.</source>
        <translation>Eine Wiedervorlage braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>A follow-up must be in the future.</source>
        <translation>Eine Wiedervorlage muss in der Zukunft liegen.</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message numerus="yes">
        <source>Changing %n conversation(s)…</source>
        <translation>
            <numerusform>%n Anfrage wird geändert…</numerusform>
            <numerusform>%n Anfragen werden geändert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkSummary</name>
    <message numerus="yes">
        <source>%n conversation(s) changed.</source>
        <translation>
            <numerusform>%n Anfrage geändert.</numerusform>
            <numerusform>%n Anfragen geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as asked.</source>
        <translation>
            <numerusform>%n war schon so.</numerusform>
            <numerusform>%n waren schon so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation>
            <numerusform>%n abgelehnt:</numerusform>
            <numerusform>%n abgelehnt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <source>Start call</source>
        <translation>Anruf starten</translation>
    </message>
    <message>
        <source>Time the call: its length is kept with the logged reply</source>
        <translation>Anrufdauer messen: Sie wird mit der protokollierten Antwort gespeichert</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>The call&apos;s length in minutes, if you did not time it</source>
        <translation>Die Dauer des Anrufs in Minuten, falls Sie sie nicht gemessen haben</translation>
    </message>
    <message>
        <source>Stop call</source>
        <translation>Anruf beenden</translation>
    </message>
</context>
<context>
    <name>CannedReplies</name>
    <message>
        <source>“%1” has no %2 text yet: the %3 one was inserted.</source>
        <translation>„%1“ hat noch keinen Text auf %2: Der Text auf %3 wurde eingefügt.</translation>
    </message>
    <message>
        <source>Fill in the highlighted %1 before sending.</source>
        <translation>Füllen Sie vor dem Senden den markierten Platzhalter %1 aus.</translation>
    </message>
</context>
<context>
    <name>CannedRepliesDialog</name>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mein Team</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Placeholders: %1. A fallback for a missing value: {{customer.first_name | &quot;there&quot;}}.</source>
        <translation>Platzhalter: %1. Ersatz für einen fehlenden Wert: {{customer.first_name | &quot;there&quot;}}.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>(choose a team)</source>
        <translation>(Team wählen)</translation>
    </message>
    <message>
        <source>a sample conversation</source>
        <translation>eine Beispielanfrage</translation>
    </message>
    <message>
        <source>the open conversation</source>
        <translation>die geöffnete Anfrage</translation>
    </message>
    <message>
        <source>used %1 times</source>
        <translation>%1-mal verwendet</translation>
    </message>
    <message>
        <source>No text yet in: %1</source>
        <translation>Noch kein Text auf: %1</translation>
    </message>
    <message>
        <source>%1 replies</source>
        <translation>%1 Textbausteine</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>%1: %2 is not a placeholder and would be sent as it is.</source>
        <translation>%1: %2 ist kein Platzhalter und würde unverändert gesendet.</translation>
    </message>
    <message>
        <source>No text in %1 yet: those customers get the text in the agent&apos;s language.</source>
        <translation>Noch kein Text auf %1: Diese Kunden erhalten den Text in der Sprache des Agenten.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>„%1“ gespeichert</translation>
    </message>
    <message>
        <source>New reply: Save adds it to the library</source>
        <translation>Neuer Textbaustein: „Speichern“ nimmt ihn in die Sammlung auf</translation>
    </message>
    <message>
        <source>Copied: adapt it and save</source>
        <translation>Kopiert: anpassen und speichern</translation>
    </message>
    <message>
        <source>Delete the canned reply “%1” for everyone who sees it?</source>
        <translation>Textbaustein „%1“ für alle löschen, die ihn sehen?</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>No %1 text yet.</source>
        <translation>Noch kein Text auf %1.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged</source>
        <translation>Importiert: %1 neu, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 replies to %2</source>
        <translation>%1 Textbausteine nach %2 exportiert</translation>
    </message>
    <message>
        <source>Import canned replies</source>
        <translation>Textbausteine importieren</translation>
    </message>
    <message>
        <source>Canned replies (*.json)</source>
        <translation>Textbausteine (*.json)</translation>
    </message>
    <message>
        <source>Export canned replies</source>
        <translation>Textbausteine exportieren</translation>
    </message>
    <message>
        <source>This reply cannot be saved as it is. Close and lose the changes?</source>
        <translation>Dieser Textbaustein kann so nicht gespeichert werden. Schließen und Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>CannedRepliesForm</name>
    <message>
        <source>Filter by shortcut, title or words</source>
        <translation>Nach Kürzel, Titel oder Wörtern filtern</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Shortcut</source>
        <translation>&amp;Kürzel</translation>
    </message>
    <message>
        <source>typed after / in the composer, e.g. sorry-late</source>
        <translation>nach / im Antwortfeld tippen, z. B. lieferverzug</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>Kate&amp;gorie</translation>
    </message>
    <message>
        <source>S&amp;hared with</source>
        <translation>Geteilt &amp;mit</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Vor Ort</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Wrote {path} (1 page, {seconds}s)</source>
        <translation>{path} geschrieben (1 Seite, {seconds} s)</translation>
    </message>
    <message>
        <source>Wrote {path} ({count} pages, {seconds}s)</source>
        <translation>{path} geschrieben ({count} Seiten, {seconds} s)</translation>
    </message>
    <message>
        <source>Wrote {path} (1 row, {seconds}s)</source>
        <translation>{path} geschrieben (1 Zeile, {seconds} s)</translation>
    </message>
    <message>
        <source>Wrote {path} ({count} rows, {seconds}s)</source>
        <translation>{path} geschrieben ({count} Zeilen, {seconds} s)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Reply to the customer (R)</source>
        <translation>Antwort an den Kunden (R)</translation>
    </message>
    <message>
        <source>Internal note: only agents see it (N)</source>
        <translation>Interne Notiz: nur für Agenten sichtbar (N)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send and set waiting</source>
        <translation>Senden, auf Kunde warten</translation>
    </message>
    <message>
        <source>Send the reply and wait for the customer (status Pending)</source>
        <translation>Antwort senden und auf den Kunden warten (Status „Wartend“)</translation>
    </message>
    <message>
        <source>Send and solve</source>
        <translation>Senden und lösen</translation>
    </message>
    <message>
        <source>Send the reply and set the conversation to Solved</source>
        <translation>Antwort senden und die Anfrage auf „Gelöst“ setzen</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>Back to the usual size</source>
        <translation>Zurück zur normalen Größe</translation>
    </message>
    <message>
        <source>More room to write</source>
        <translation>Mehr Platz zum Schreiben</translation>
    </message>
    <message>
        <source>Only agents see internal notes</source>
        <translation>Interne Notizen sehen nur Agenten</translation>
    </message>
    <message>
        <source>Write an internal note… (%1 adds it)</source>
        <translation>Interne Notiz schreiben… (%1 fügt sie hinzu)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>den Kunden</translation>
    </message>
    <message>
        <source>Write your reply… (%1 sends)</source>
        <translation>Antwort schreiben… (%1 sendet)</translation>
    </message>
    <message>
        <source>Not delivered — no mailbox is connected</source>
        <translation>Nicht zugestellt – kein Postfach verbunden</translation>
    </message>
    <message>
        <source>%1: the customer does not get this reply.</source>
        <translation>%1: Der Kunde erhält diese Antwort nicht.</translation>
    </message>
    <message>
        <source>%1 (%2). Esc in the text box goes back to the list.</source>
        <translation>%1 (%2). Esc im Textfeld führt zurück zur Liste.</translation>
    </message>
    <message>
        <source>To %1 by email</source>
        <translation>An %1 per E-Mail</translation>
    </message>
    <message>
        <source>To %1 by email from %2</source>
        <translation>An %1 per E-Mail von %2</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokollieren</translation>
    </message>
    <message>
        <source>Log and set waiting</source>
        <translation>Protokollieren und auf wartend setzen</translation>
    </message>
    <message>
        <source>Log and solve</source>
        <translation>Protokollieren und lösen</translation>
    </message>
    <message>
        <source>Write down what was said… (%1 logs it)</source>
        <translation>Notieren Sie, was besprochen wurde … (%1 protokolliert)</translation>
    </message>
    <message>
        <source>Not delivered — no connection for %1</source>
        <translation>Nicht zugestellt – keine Verbindung für %1</translation>
    </message>
    <message>
        <source>Save — not delivered</source>
        <translation>Speichern – nicht zugestellt</translation>
    </message>
    <message>
        <source>Logged with %1 (%2)</source>
        <translation>Protokoll mit %1 (%2)</translation>
    </message>
    <message>
        <source>To %1 via %2</source>
        <translation>An %1 über %2</translation>
    </message>
    <message>
        <source>Save and set waiting</source>
        <translation>Speichern und auf wartend setzen</translation>
    </message>
    <message>
        <source>Save and solve</source>
        <translation>Speichern und lösen</translation>
    </message>
    <message>
        <source>Write your reply… it is kept here, not delivered (%1 saves it)</source>
        <translation>Antwort schreiben … sie wird hier gespeichert, nicht zugestellt (%1 speichert)</translation>
    </message>
    <message>
        <source>Nothing is sent: write down what was said or written.</source>
        <translation>Es wird nichts gesendet: Notieren Sie, was gesagt oder geschrieben wurde.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Answer via %1 instead</source>
        <translation>Stattdessen über %1 antworten</translation>
    </message>
    <message>
        <source>Answer by email instead</source>
        <translation>Stattdessen per E-Mail antworten</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>Ihr Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Entwurf um %1 gespeichert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ComposerController</name>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Interne &amp;Notiz</translation>
    </message>
    <message>
        <source>Reply &amp;all</source>
        <translation>&amp;Allen antworten</translation>
    </message>
    <message>
        <source>Reply by email with everyone the customer wrote to in Cc</source>
        <translation>Per E-Mail antworten, alle weiteren Empfänger des Kunden in Cc</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>&amp;Weiterleiten …</translation>
    </message>
    <message>
        <source>Forward the conversation or its latest message by email</source>
        <translation>Die Anfrage oder ihre letzte Nachricht per E-Mail weiterleiten</translation>
    </message>
    <message>
        <source>Insert canned &amp;reply…</source>
        <translation>&amp;Textbaustein einfügen…</translation>
    </message>
    <message>
        <source>Or type / in the composer</source>
        <translation>Oder / im Antwortfeld tippen</translation>
    </message>
    <message>
        <source>&amp;Manage canned replies…</source>
        <translation>Textbausteine &amp;verwalten…</translation>
    </message>
    <message>
        <source>This conversation was merged into #%1; write there instead.</source>
        <translation>Diese Anfrage wurde mit #%1 zusammengeführt; schreiben Sie bitte dort.</translation>
    </message>
    <message>
        <source>This conversation is closed: replies are refused; internal notes are kept.</source>
        <translation>Diese Anfrage ist geschlossen: Antworten werden abgelehnt, interne Notizen gespeichert.</translation>
    </message>
    <message>
        <source>The reply still holds %1, which has no value here. Fill it in, or send again to send it as it is.</source>
        <translation>Die Antwort enthält noch %1, wofür es hier keinen Wert gibt. Füllen Sie den Platzhalter aus oder senden Sie erneut, um die Antwort unverändert zu senden.</translation>
    </message>
    <message>
        <source>Forwarding needs a mailbox to send from; add one in File → Mail accounts.</source>
        <translation>Zum Weiterleiten wird ein Postfach zum Senden benötigt; richten Sie eines unter Datei → E-Mail-Konten ein.</translation>
    </message>
    <message>
        <source>New activity since you started writing: 1 new message, highlighted below. Review it, then send again.</source>
        <translation>Neue Aktivität, seit Sie zu schreiben begonnen haben: 1 neue Nachricht, unten markiert. Prüfen Sie sie und senden Sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>New activity since you started writing: %n new messages, highlighted below. Review them, then send again.</source>
        <translation>
            <numerusform>Neue Aktivität, seit Sie zu schreiben begonnen haben: %n neue Nachricht, unten markiert. Prüfen Sie sie und senden Sie dann erneut.</numerusform>
            <numerusform>Neue Aktivität, seit Sie zu schreiben begonnen haben: %n neue Nachrichten, unten markiert. Prüfen Sie sie und senden Sie dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>New activity since you started writing, highlighted below. Review it, then send again.</source>
        <translation>Neue Aktivität, seit Sie zu schreiben begonnen haben, unten markiert. Prüfen Sie sie und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>There are no escalation notices among the canned replies yet (shortcut /%1…).</source>
        <translation>Unter den Textbausteinen gibt es noch keine Eskalationshinweise (Kürzel /%1…).</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Both changed it</source>
        <translation>Beide geändert</translation>
    </message>
    <message>
        <source>Taken by someone else first</source>
        <translation>Zuerst von jemand anderem übernommen</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync-Konflikte</translation>
    </message>
    <message>
        <source>Changes made on two desktops at once, where one had to give way. The value that lost is kept here: open the conversation to put it right, then dismiss the entry.</source>
        <translation>Änderungen, die auf zwei Rechnern gleichzeitig gemacht wurden, wobei eine weichen musste. Der unterlegene Wert bleibt hier erhalten: Öffnen Sie die Anfrage, um ihn zu korrigieren, und blenden Sie dann den Eintrag aus.</translation>
    </message>
    <message>
        <source>&amp;Open the conversation</source>
        <translation>Anfrage ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Dismiss (handled)</source>
        <translation>&amp;Ausblenden (erledigt)</translation>
    </message>
    <message>
        <source>No conflicts: every change was applied.</source>
        <translation>Keine Konflikte: Alle Änderungen wurden übernommen.</translation>
    </message>
    <message>
        <source>%1 to review</source>
        <translation>%1 zu prüfen</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>No conversation selected.</source>
        <translation>Keine Anfrage ausgewählt.</translation>
    </message>
    <message>
        <source>Let the customer know a specialist is taking over.</source>
        <translation>Teilen Sie dem Kunden mit, dass ein Spezialist übernimmt.</translation>
    </message>
    <message>
        <source>Write the notice</source>
        <translation>Hinweis schreiben</translation>
    </message>
    <message>
        <source>Survey answer recorded.</source>
        <translation>Umfrageantwort erfasst.</translation>
    </message>
</context>
<context>
    <name>ConversationPicker</name>
    <message>
        <source>Number, subject words or customer…</source>
        <translation>Nummer, Wörter aus dem Betreff oder Kunde…</translation>
    </message>
    <message>
        <source>No conversation found.</source>
        <translation>Keine Anfrage gefunden.</translation>
    </message>
</context>
<context>
    <name>ConversationTools</name>
    <message>
        <source>Record survey &amp;answer…</source>
        <translation>Umfrage&amp;antwort erfassen…</translation>
    </message>
    <message>
        <source>A CSAT, NPS or CES answer the customer gave, e.g. on the phone</source>
        <translation>Eine CSAT-, NPS- oder CES-Antwort des Kunden, z. B. am Telefon</translation>
    </message>
    <message>
        <source>Add &amp;coaching note…</source>
        <translation>&amp;Coaching-Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Supervisors: an internal note marked as coaching</source>
        <translation>Teamleitung: eine als Coaching markierte interne Notiz</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coaching-Notiz</translation>
    </message>
    <message>
        <source>What went well, what to try next time:</source>
        <translation>Was lief gut, was beim nächsten Mal versuchen:</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>AgentDesk ran into a problem</source>
        <translation>AgentDesk ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <source>Something went wrong that AgentDesk did not expect. Everything you saved is safe; the action you were doing may not have finished.</source>
        <translation>In AgentDesk ist etwas Unerwartetes passiert. Alles Gespeicherte ist sicher; die gerade ausgeführte Aktion wurde möglicherweise nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>Die Details wurden in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Create an organisation</source>
        <translation>Organisation anlegen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Name, domains, plan and notes of this organisation</source>
        <translation>Name, Domains, Tarif und Notizen dieser Organisation</translation>
    </message>
    <message>
        <source>VIP: their conversations deserve extra care</source>
        <translation>VIP: Anfragen mit besonderer Sorgfalt behandeln</translation>
    </message>
    <message>
        <source>For example: prefers a call after 16:00</source>
        <translation>Zum Beispiel: möchte nach 16:00 Uhr angerufen werden</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Other emails</source>
        <translation>&amp;Weitere E-Mails</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Co&amp;mpany</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>T&amp;arif</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Merge a duplicate…</source>
        <translation>Duplikat z&amp;usammenführen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message numerus="yes">
        <source>merged %1 into this customer (%n conversations moved)</source>
        <translation>
            <numerusform>hat %1 mit diesem Kunden zusammengeführt (%n Anfrage verschoben)</numerusform>
            <numerusform>hat %1 mit diesem Kunden zusammengeführt (%n Anfragen verschoben)</numerusform>
        </translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>hat %1 geändert</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>other emails</source>
        <translation>weitere E-Mails</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Their conversations, addresses and notes move to %2, and %1 is removed. This cannot be undone.</source>
        <translation>%1 mit %2 zusammenführen? Anfragen, Adressen und Notizen gehen an %2 über, %1 wird entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>CustomerErrors</name>
    <message>
        <source>{file} is larger than {limit} MB; split it into smaller files.</source>
        <translation>{file} ist größer als {limit} MB; bitte in kleinere Dateien aufteilen.</translation>
    </message>
    <message>
        <source>Two columns are mapped to the field {field}; choose one.</source>
        <translation>Zwei Spalten sind dem Feld {field} zugeordnet; bitte eine wählen.</translation>
    </message>
    <message>
        <source>No column is mapped to the name or the email address; choose at least one.</source>
        <translation>Keine Spalte ist dem Namen oder der E-Mail-Adresse zugeordnet; bitte mindestens eine wählen.</translation>
    </message>
    <message>
        <source>No column is mapped to the organisation&apos;s name.</source>
        <translation>Keine Spalte ist dem Namen der Organisation zugeordnet.</translation>
    </message>
    <message>
        <source>A customer needs a name or an email address.</source>
        <translation>Ein Kunde braucht einen Namen oder eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The file is in UTF-16; save it as CSV UTF-8 or plain CSV and try again.</source>
        <translation>Die Datei ist in UTF-16; bitte als „CSV UTF-8“ oder einfache CSV speichern und erneut versuchen.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>Eine Organisation braucht einen Namen.</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Ein Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>A name is at most {limit} characters long.</source>
        <translation>Ein Name hat höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address.</source>
        <translation>„{email}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A customer has at most {limit} email addresses.</source>
        <translation>Ein Kunde hat höchstens {limit} E-Mail-Adressen.</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number (digits, spaces, + ( ) / . - only).</source>
        <translation>„{phone}“ ist keine Telefonnummer (nur Ziffern, Leerzeichen, + ( ) / . -).</translation>
    </message>
    <message>
        <source>A company name is at most {limit} characters long.</source>
        <translation>Ein Firmenname hat höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Notes are at most {limit} characters long.</source>
        <translation>Notizen haben höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>“{plan}” is not a plan; the plans are {plans}.</source>
        <translation>„{plan}“ ist kein Tarif; die Tarife sind {plans}.</translation>
    </message>
    <message>
        <source>“{language}” is not a language AgentDesk writes in; use {languages}.</source>
        <translation>In „{language}“ schreibt AgentDesk nicht; bitte {languages} verwenden.</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no.</source>
        <translation>„{value}“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>“{domain}” is not a mail domain.</source>
        <translation>„{domain}“ ist keine Mail-Domain.</translation>
    </message>
    <message>
        <source>An organisation has at most {limit} domains.</source>
        <translation>Eine Organisation hat höchstens {limit} Domains.</translation>
    </message>
    <message>
        <source>{domain} is a public mail service, not an organisation&apos;s domain.</source>
        <translation>{domain} ist ein öffentlicher Mail-Dienst, keine Domain einer Organisation.</translation>
    </message>
    <message>
        <source>{domain} is the domain of {name} already.</source>
        <translation>{domain} ist bereits die Domain von {name}.</translation>
    </message>
    <message>
        <source>That organisation no longer exists.</source>
        <translation>Diese Organisation gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>{email} belongs to {name} already; merge the two customers instead.</source>
        <translation>{email} gehört bereits zu {name}; bitte stattdessen die beiden Kunden zusammenführen.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>Ein Kunde kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>This customer was erased; their record cannot be changed.</source>
        <translation>Dieser Kunde wurde gelöscht; sein Datensatz kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>Diesen Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>a character that is neither UTF-8 nor Windows-1252</source>
        <translation>ein Zeichen, das weder UTF-8 noch Windows-1252 ist</translation>
    </message>
    <message>
        <source>more than {limit} columns</source>
        <translation>mehr als {limit} Spalten</translation>
    </message>
    <message>
        <source>the header line names no column</source>
        <translation>die Kopfzeile benennt keine Spalte</translation>
    </message>
    <message>
        <source>{cells} cells where the header line has {columns} (separator “{separator}”)</source>
        <translation>{cells} Zellen, wo die Kopfzeile {columns} hat (Trennzeichen „{separator}“)</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>a quote is opened and never closed</source>
        <translation>ein Anführungszeichen wird geöffnet und nie geschlossen</translation>
    </message>
    <message>
        <source>a quote inside a cell that is not quoted as a whole</source>
        <translation>ein Anführungszeichen in einer Zelle, die nicht als Ganzes in Anführungszeichen steht</translation>
    </message>
    <message>
        <source>a cell longer than {limit} characters</source>
        <translation>eine Zelle mit mehr als {limit} Zeichen</translation>
    </message>
    <message>
        <source>column “{column}”: {problem}</source>
        <translation>Spalte „{column}“: {problem}</translation>
    </message>
    <message>
        <source>{email} is on line {other} already</source>
        <translation>{email} steht bereits in Zeile {other}</translation>
    </message>
    <message>
        <source>{name} is on line {other} already</source>
        <translation>{name} steht bereits in Zeile {other}</translation>
    </message>
    <message>
        <source>the domain {domain} is on line {other} already</source>
        <translation>die Domain {domain} steht bereits in Zeile {other}</translation>
    </message>
    <message>
        <source>the domain {domain} belongs to {holder} already</source>
        <translation>die Domain {domain} gehört bereits zu {holder}</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>A VIP customer: their conversations deserve extra care</source>
        <translation>VIP-Kunde: Anfragen mit besonderer Sorgfalt behandeln</translation>
    </message>
    <message>
        <source>Edit the customer, merge a duplicate, see the history (Ctrl+Shift+U)</source>
        <translation>Kunden bearbeiten, Duplikat zusammenführen, Verlauf ansehen (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>Weitere E-Mails</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Show the customer</source>
        <translation>Kunden anzeigen</translation>
    </message>
    <message>
        <source>Hide the customer</source>
        <translation>Kunden ausblenden</translation>
    </message>
    <message>
        <source>Notes about %1</source>
        <translation>Notizen zu %1</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>No other conversations with %1.</source>
        <translation>Keine weiteren Anfragen von %1.</translation>
    </message>
    <message>
        <source>Other conversations (newest %1 of %2)</source>
        <translation>Weitere Anfragen (neueste %1 von %2)</translation>
    </message>
    <message>
        <source>Other conversations (%1)</source>
        <translation>Weitere Anfragen (%1)</translation>
    </message>
    <message>
        <source>1 other conversation</source>
        <translation>1 weitere Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%n other conversations</source>
        <translation>
            <numerusform>%n weitere Anfrage</numerusform>
            <numerusform>%n weitere Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open at %1 (%2)</source>
        <translation>Offen bei %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CustomerTools</name>
    <message>
        <source>&amp;Import customers…</source>
        <translation>Kunden &amp;importieren…</translation>
    </message>
    <message>
        <source>Customers or organisations from a CSV file, with a preview; all of it or nothing</source>
        <translation>Kunden oder Organisationen aus einer CSV-Datei, mit Vorschau; alles oder nichts</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>← Back to the inbox</source>
        <translation>← Zurück zum Posteingang</translation>
    </message>
    <message>
        <source>The conversation list and the open conversation (Ctrl+Shift+D)</source>
        <translation>Die Anfragenliste und die geöffnete Anfrage (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>The key figures of the period shown, overall and per team, tier and channel, as PDF or CSV</source>
        <translation>Die Kennzahlen des angezeigten Zeitraums, insgesamt und je Team, Stufe und Kanal, als PDF oder CSV</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Nach Stufe</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Nach Kanal</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Load per agent</source>
        <translation>Auslastung je Bearbeiter</translation>
    </message>
    <message>
        <source>Longest waiting customers</source>
        <translation>Am längsten wartende Kunden</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Aufgeteilt nach</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>SLA compliance per target</source>
        <translation>SLA-Einhaltung je Ziel</translation>
    </message>
    <message>
        <source>CSAT by team</source>
        <translation>CSAT nach Team</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>Computing the key figures for %1…</source>
        <translation>Kennzahlen für %1 werden berechnet…</translation>
    </message>
    <message>
        <source>The key figures could not be computed: %1</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>Die Übersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>as of %1 · from this computer&apos;s copy</source>
        <translation>Stand %1 · aus der Kopie auf diesem Rechner</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Offene Anfragen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Due within the hour</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Escalated, last 7 days</source>
        <translation>Eskaliert (7 Tage)</translation>
    </message>
    <message>
        <source>%1 of %2 conversations created in the last 7 days went to a higher tier.</source>
        <translation>%1 von %2 Anfragen der letzten 7 Tage gingen an eine höhere Stufe.</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync-Konflikte</translation>
    </message>
    <message>
        <source>Changes made on two desktops at once where one had to give way; click to review them.</source>
        <translation>Änderungen, die auf zwei Rechnern gleichzeitig gemacht wurden und von denen eine weichen musste; zum Prüfen klicken.</translation>
    </message>
    <message>
        <source>%1: %2 – %3 (computed in %4 s). Hover a figure for how it is computed.</source>
        <translation>%1: %2 – %3 (berechnet in %4 s). Zeigen Sie auf eine Zahl, um zu sehen, wie sie berechnet wird.</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 beantwortet</translation>
    </message>
    <message>
        <source>%1 of %2 survey mails sent in the period were answered.</source>
        <translation>%1 von %2 im Zeitraum versandten Umfrage-E-Mails wurden beantwortet.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Based on %1.</source>
        <translation>Grundlage: %1.</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erstreaktion</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Nächste Reaktion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV table (*.csv)</source>
        <translation>PDF-Bericht (*.pdf);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Writing the report to %1…</source>
        <translation>Bericht wird nach %1 geschrieben…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht in %1 gespeichert</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation>Neue Anfragen</translation>
    </message>
    <message>
        <source>Pending conversations</source>
        <translation>Wartende Anfragen</translation>
    </message>
    <message>
        <source>Conversations on hold</source>
        <translation>Zurückgestellte Anfragen</translation>
    </message>
    <message>
        <source>Active conversations (new, open, waiting on customer, on hold)</source>
        <translation>Aktive Anfragen (neu, offen, wartet auf Kunde, zurückgestellt)</translation>
    </message>
    <message>
        <source>(unknown team)</source>
        <translation>(unbekanntes Team)</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>Active conversations of {team}</source>
        <translation>Aktive Anfragen von {team}</translation>
    </message>
    <message>
        <source>Active conversations without a team</source>
        <translation>Aktive Anfragen ohne Team</translation>
    </message>
    <message>
        <source>(unknown agent)</source>
        <translation>(unbekannter Bearbeiter)</translation>
    </message>
    <message>
        <source>Active conversations assigned to {name}</source>
        <translation>Aktive Anfragen, für die {name} zuständig ist</translation>
    </message>
    <message>
        <source>{name}: breached</source>
        <translation>{name}: verletzt</translation>
    </message>
    <message>
        <source>Breached conversations assigned to {name}</source>
        <translation>Anfragen mit verletztem SLA, für die {name} zuständig ist</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Conversations created in the last {count} days and escalated to a higher tier</source>
        <translation>In den letzten {count} Tagen erstellte Anfragen, die an eine höhere Stufe eskaliert wurden</translation>
    </message>
    <message>
        <source>Conversations created in the last {count} hours and escalated to a higher tier</source>
        <translation>In den letzten {count} Stunden erstellte Anfragen, die an eine höhere Stufe eskaliert wurden</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Offene Arbeit</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Stufe {tier}</translation>
    </message>
    <message>
        <source>Active tier {tier} conversations</source>
        <translation>Aktive Anfragen in Stufe {tier}</translation>
    </message>
    <message>
        <source>Active conversations, channel: {channel}</source>
        <translation>Aktive Anfragen, Kanal: {channel}</translation>
    </message>
    <message>
        <source>Active conversations nobody is assigned to</source>
        <translation>Aktive Anfragen ohne Zuständigen</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Active conversations with an SLA target due within {minutes} minutes</source>
        <translation>Aktive Anfragen mit einem SLA-Ziel, das in {minutes} Minuten fällig ist</translation>
    </message>
    <message>
        <source>Active conversations with an SLA target past its due time</source>
        <translation>Aktive Anfragen mit einem überfälligen SLA-Ziel</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Not delivered — no connection for this channel</source>
        <translation>Nicht zugestellt – keine Verbindung für diesen Kanal</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>Cc %1</source>
        <translation>Cc %1</translation>
    </message>
    <message>
        <source>Bcc %1</source>
        <translation>Bcc %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>waiting to be sent…</source>
        <translation>wartet auf Versand …</translation>
    </message>
    <message>
        <source>Forwarded by email</source>
        <translation>Per E-Mail weitergeleitet</translation>
    </message>
    <message>
        <source>Forwarded by email, sent</source>
        <translation>Per E-Mail weitergeleitet, gesendet</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Logged (%1): recorded by the agent, nothing was sent</source>
        <translation>Protokolliert (%1): vom Agenten festgehalten, nichts wurde gesendet</translation>
    </message>
    <message>
        <source>Reply via %1</source>
        <translation>Antwort über %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>Sent by email from %1</source>
        <translation>Per E-Mail gesendet von %1</translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation>Per E-Mail gesendet</translation>
    </message>
    <message>
        <source>By email from %1</source>
        <translation>Per E-Mail von %1</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Per E-Mail</translation>
    </message>
</context>
<context>
    <name>DeskLock</name>
    <message>
        <source>With a team server, you are the agent of your server login.</source>
        <translation>Mit einem Teamserver sind Sie der Agent Ihrer Server-Anmeldung.</translation>
    </message>
    <message>
        <source>S&amp;witch agent…</source>
        <translation>Agent &amp;wechseln…</translation>
    </message>
    <message>
        <source>Lock the desk and let another agent sign in; drafts are kept for each</source>
        <translation>Arbeitsplatz sperren und einen anderen Agenten anmelden lassen; die Entwürfe bleiben für jeden erhalten</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1:%2 h</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Cut the selected text (Ctrl+X in any text box)</source>
        <translation>Markierten Text ausschneiden (Strg+X in jedem Textfeld)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected text (Ctrl+C in any text box)</source>
        <translation>Markierten Text kopieren (Strg+C in jedem Textfeld)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste text, or attach a copied picture or files to the reply (Ctrl+V in any text box)</source>
        <translation>Text einfügen oder ein kopiertes Bild bzw. kopierte Dateien an die Antwort anhängen (Strg+V in jedem Textfeld)</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <source>Their name, addresses, notes, the texts of their conversations, their survey comments and all files are deleted here, on the server and, at their next sync, on every other desktop. The conversations stay as empty records, so reports and KPIs keep counting them. This cannot be undone. Export their data first if they asked for a copy.</source>
        <translation>Name, Adressen, Notizen, die Texte der Anfragen, Umfragekommentare und alle Dateien des Kunden werden hier, auf dem Server und bei der nächsten Synchronisierung auf allen anderen Rechnern gelöscht. Die Anfragen bleiben als leere Einträge erhalten, damit Berichte und Kennzahlen sie weiter zählen. Das lässt sich nicht rückgängig machen. Exportieren Sie die Daten vorher, wenn der Kunde eine Kopie verlangt hat.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Mir ist klar, dass sich das nicht rückgängig machen lässt</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>EscalationErrors</name>
    <message>
        <source>Choose who works at this desk before escalating (Settings).</source>
        <translation>Wählen Sie vor dem Eskalieren in den Einstellungen, wer an diesem Arbeitsplatz arbeitet.</translation>
    </message>
    <message>
        <source>The agent at this desk is not an active agent.</source>
        <translation>Die Person an diesem Arbeitsplatz ist kein aktiver Agent.</translation>
    </message>
    <message>
        <source>{name} does not work tier {tier}.</source>
        <translation>{name} arbeitet nicht in Stufe {tier}.</translation>
    </message>
    <message>
        <source>That team does not exist.</source>
        <translation>Dieses Team gibt es nicht.</translation>
    </message>
    <message>
        <source>Reason must be one of {join} (got {reason!r}).</source>
        <translation>Der Grund muss einer von {join} sein (erhalten: {reason!r}).</translation>
    </message>
    <message>
        <source>Conversation #{number} is {status}; reopen it first.</source>
        <translation>Anfrage #{number} hat den Status {status}; öffnen Sie sie zuerst wieder.</translation>
    </message>
    <message>
        <source>Conversation #{number} is at tier {tier}; escalate to a higher tier (up to 3).</source>
        <translation>Anfrage #{number} ist in Stufe {tier}; eskalieren Sie an eine höhere Stufe (bis 3).</translation>
    </message>
    <message>
        <source>Conversation #{number} is at tier {tier}; return it to a lower tier.</source>
        <translation>Anfrage #{number} ist in Stufe {tier}; geben Sie sie an eine niedrigere Stufe zurück.</translation>
    </message>
    <message>
        <source>Conversation #{number} is already with {name}.</source>
        <translation>Anfrage #{number} liegt bereits bei {name}.</translation>
    </message>
    <message>
        <source>That conversation does not exist.</source>
        <translation>Diese Anfrage gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>ExchangeErrors</name>
    <message>
        <source>Cannot write {out}: {value}.</source>
        <translation>{out} kann nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>{source} does not exist.</source>
        <translation>{source} existiert nicht.</translation>
    </message>
    <message>
        <source>{source} is a folder, not an exchange file.</source>
        <translation>{source} ist ein Ordner, keine Austauschdatei.</translation>
    </message>
    <message>
        <source>Cannot read {source}: {value}.</source>
        <translation>{source} kann nicht gelesen werden: {value}.</translation>
    </message>
</context>
<context>
    <name>FileChip</name>
    <message>
        <source>Attached file %1, %2</source>
        <translation>Angehängte Datei %1, %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Tomorrow morning</source>
        <translation>Morgen früh</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>In 3 Tagen</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Pick a date…</source>
        <translation>Datum wählen…</translation>
    </message>
    <message>
        <source>Clear follow-up</source>
        <translation>Wiedervorlage entfernen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Follow up on…</source>
        <translation>Wiedervorlage am…</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>Set follow-up</source>
        <translation>Wiedervorlage setzen</translation>
    </message>
    <message>
        <source>Pick a moment in the future.</source>
        <translation>Wählen Sie einen Zeitpunkt in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>The form %1 is missing (%2); reinstalling may help.</source>
        <translation>Das Formular %1 fehlt (%2); eine Neuinstallation kann helfen.</translation>
    </message>
    <message>
        <source>The form %1 could not be loaded (%2); reinstalling may help.</source>
        <translation>Das Formular %1 konnte nicht geladen werden (%2); eine Neuinstallation kann helfen.</translation>
    </message>
    <message>
        <source>The form has no %1 named %2; reinstalling may help.</source>
        <translation>Das Formular hat kein %1 namens %2; eine Neuinstallation kann helfen.</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward by email</source>
        <translation>Per E-Mail weiterleiten</translation>
    </message>
    <message>
        <source>name@example.com, …</source>
        <translation>name@example.com, …</translation>
    </message>
    <message>
        <source>The customer&apos;s latest message</source>
        <translation>Die letzte Nachricht des Kunden</translation>
    </message>
    <message>
        <source>The whole conversation</source>
        <translation>Die ganze Anfrage</translation>
    </message>
    <message>
        <source>A note for the recipient (optional)</source>
        <translation>Eine Notiz für den Empfänger (optional)</translation>
    </message>
    <message>
        <source>The customer does not see the forward; the timeline records it as an internal note.</source>
        <translation>Der Kunde sieht die Weiterleitung nicht; der Verlauf hält sie als interne Notiz fest.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Forward:</source>
        <translation>&amp;Weiterleiten:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Say who the forward goes to.</source>
        <translation>Geben Sie an, an wen weitergeleitet wird.</translation>
    </message>
</context>
<context>
    <name>HandOver</name>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <source>Re&amp;turn to a lower tier…</source>
        <translation>An niedrigere Stufe &amp;zurückgeben…</translation>
    </message>
    <message>
        <source>Transfer to another tea&amp;m…</source>
        <translation>An anderes Tea&amp;m übergeben…</translation>
    </message>
    <message>
        <source>Ta&amp;ke</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>T&amp;ier</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>Tea&amp;m</translation>
    </message>
    <message>
        <source>This conversation is already with %1, the highest tier.</source>
        <translation>Diese Anfrage liegt bereits bei %1, der höchsten Stufe.</translation>
    </message>
    <message>
        <source>This conversation is already with the first tier.</source>
        <translation>Diese Anfrage liegt bereits bei der ersten Stufe.</translation>
    </message>
    <message>
        <source>This conversation is %1; reopen it before handing it over.</source>
        <translation>Diese Anfrage hat den Status %1; öffnen Sie sie vor der Übergabe wieder.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>this conversation</source>
        <translation>diese Anfrage</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Escalate %1</source>
        <translation>%1 eskalieren</translation>
    </message>
    <message>
        <source>“%1” is with %2. The note goes to the timeline as an internal note.</source>
        <translation>„%1“ liegt bei %2. Die Notiz erscheint im Verlauf als interne Notiz.</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Return %1 to a lower tier</source>
        <translation>%1 an eine niedrigere Stufe zurückgeben</translation>
    </message>
    <message>
        <source>“%1” is with %2. Say what was found and what to tell the customer.</source>
        <translation>„%1“ liegt bei %2. Beschreiben Sie, was herausgefunden wurde und was dem Kunden gesagt werden soll.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>&amp;Note (internal)</source>
        <translation>&amp;Notiz (intern)</translation>
    </message>
    <message>
        <source>What was found, what was done, what to tell the customer</source>
        <translation>Was herausgefunden und getan wurde, was dem Kunden zu sagen ist</translation>
    </message>
    <message>
        <source>Transfer %1 to another team</source>
        <translation>%1 an ein anderes Team übergeben</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>kein Team</translation>
    </message>
    <message>
        <source>“%1” is with %2, team %3. It goes to the new team&apos;s queue in the same tier.</source>
        <translation>„%1“ liegt bei %2, Team %3. Die Anfrage kommt in die Warteschlange des neuen Teams, in derselben Stufe.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>&amp;Note (internal, optional)</source>
        <translation>&amp;Notiz (intern, optional)</translation>
    </message>
    <message>
        <source>Why this team, and anything they should know</source>
        <translation>Warum dieses Team, und was es wissen sollte</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 beibehalten</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>There are no teams yet; an admin adds them under File → Agents and teams.</source>
        <translation>Es gibt noch keine Teams; ein Admin legt sie unter Datei → Agenten und Teams an.</translation>
    </message>
    <message>
        <source>Tier queue (whoever takes it first)</source>
        <translation>Warteschlange der Stufe (wer zuerst übernimmt)</translation>
    </message>
    <message>
        <source>Nobody works this tier yet; it waits in the queue.</source>
        <translation>In dieser Stufe arbeitet noch niemand; die Anfrage wartet in der Warteschlange.</translation>
    </message>
    <message>
        <source>1 agent works this tier.</source>
        <translation>1 Agent arbeitet in dieser Stufe.</translation>
    </message>
    <message>
        <source>%1 agents work this tier.</source>
        <translation>%1 Agenten arbeiten in dieser Stufe.</translation>
    </message>
    <message>
        <source>Write a hand-off note: what the customer wants and what was tried.</source>
        <translation>Schreiben Sie eine Übergabenotiz: was der Kunde möchte und was versucht wurde.</translation>
    </message>
    <message>
        <source>Escalated to %1.</source>
        <translation>An %1 eskaliert.</translation>
    </message>
    <message>
        <source>Returned to %1.</source>
        <translation>An %1 zurückgegeben.</translation>
    </message>
    <message>
        <source>Transferred to %1.</source>
        <translation>An %1 übergeben.</translation>
    </message>
</context>
<context>
    <name>HandOverForm</name>
    <message>
        <source>To &amp;tier</source>
        <translation>An &amp;Stufe</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Agent</translation>
    </message>
    <message>
        <source>Hand-off &amp;note (internal)</source>
        <translation>Übergabe&amp;notiz (intern)</translation>
    </message>
    <message>
        <source>What the customer wants, what was tried, what is left to do</source>
        <translation>Was der Kunde möchte, was versucht wurde, was noch zu tun ist</translation>
    </message>
</context>
<context>
    <name>HelpCentreDialog</name>
    <message>
        <source>Help centre</source>
        <translation>Hilfecenter</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Shops</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Publish writes the public articles as web pages into a folder; upload it to this address. Replies then link to the articles there.</source>
        <translation>„Veröffentlichen“ schreibt die öffentlichen Artikel als Webseiten in einen Ordner; laden Sie ihn unter dieser Adresse hoch. Antworten verlinken dann auf die Artikel dort.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Publish the help centre into</source>
        <translation>Hilfecenter veröffentlichen in</translation>
    </message>
    <message numerus="yes">
        <source>%n pages written to %1.</source>
        <translation>
            <numerusform>%n Seite nach %1 geschrieben.</numerusform>
            <numerusform>%n Seiten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>A CSV file: UTF-8 or Windows-1252, separated by ; or ,</source>
        <translation>Eine CSV-Datei: UTF-8 oder Windows-1252, getrennt durch ; oder ,</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Update the customer with the file&apos;s values</source>
        <translation>Kunden mit den Werten der Datei aktualisieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>The file &amp;lists</source>
        <translation>Die Datei &amp;enthält</translation>
    </message>
    <message>
        <source>Customers whose &amp;email exists already</source>
        <translation>Kunden, deren &amp;E-Mail es schon gibt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Which field each column holds:</source>
        <translation>Welches Feld jede Spalte enthält:</translation>
    </message>
    <message>
        <source>Preview (the first %1 rows, as they would be stored):</source>
        <translation>Vorschau (die ersten %1 Zeilen, wie sie gespeichert würden):</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>Weitere E-Mails</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n hinzuzufügen</numerusform>
            <numerusform>%n hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu aktualisieren</numerusform>
            <numerusform>%n zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicates</source>
        <translation>
            <numerusform>%n als Duplikat übersprungen</numerusform>
            <numerusform>%n als Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisations</source>
        <translation>
            <numerusform>%n neue Organisation</numerusform>
            <numerusform>%n neue Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked, nothing written yet: %1.</source>
        <translation>Geprüft, noch nichts gespeichert: %1.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>skip (duplicate)</source>
        <translation>überspringen (Duplikat)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Nichts kann importiert werden: %1</translation>
    </message>
</context>
<context>
    <name>InboxErrors</name>
    <message>
        <source>An agent works at least one tier; tick one or more of the tiers 1, 2 and 3.</source>
        <translation>Ein Agent arbeitet in mindestens einer Stufe; markieren Sie eine oder mehrere der Stufen 1, 2 und 3.</translation>
    </message>
    <message>
        <source>An agent works one or more of the tiers 1, 2 and 3.</source>
        <translation>Ein Agent arbeitet in einer oder mehreren der Stufen 1, 2 und 3.</translation>
    </message>
    <message>
        <source>Give a name for each of the three tiers.</source>
        <translation>Geben Sie jeder der drei Stufen einen Namen.</translation>
    </message>
    <message>
        <source>Tier {tier} needs a name.</source>
        <translation>Stufe {tier} braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name of tier {tier} is too long (at most {MAX_TIER_NAME} characters).</source>
        <translation>Der Name von Stufe {tier} ist zu lang (höchstens {MAX_TIER_NAME} Zeichen).</translation>
    </message>
    <message>
        <source>Each tier needs a name of its own; two tiers have the same name.</source>
        <translation>Jede Stufe braucht einen eigenen Namen; zwei Stufen heißen gleich.</translation>
    </message>
    <message>
        <source>That team does not exist (it may have been deleted).</source>
        <translation>Dieses Team gibt es nicht (es wurde möglicherweise gelöscht).</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Ein Team braucht einen Namen.</translation>
    </message>
    <message>
        <source>A team called {name!r} already exists.</source>
        <translation>Ein Team namens {name!r} gibt es bereits.</translation>
    </message>
    <message>
        <source>That agent does not exist.</source>
        <translation>Diesen Agenten gibt es nicht.</translation>
    </message>
    <message>
        <source>An agent needs an email address.</source>
        <translation>Ein Agent braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{email!r} is not an email address.</source>
        <translation>{email!r} ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>An agent with the address {email} already exists ({holder}).</source>
        <translation>Einen Agenten mit der Adresse {email} gibt es bereits ({holder}).</translation>
    </message>
    <message>
        <source>An agent needs a name.</source>
        <translation>Ein Agent braucht einen Namen.</translation>
    </message>
    <message>
        <source>Role must be one of {join}.</source>
        <translation>Die Rolle muss eine von {join} sein.</translation>
    </message>
    <message>
        <source>Language must be one of {join}.</source>
        <translation>Die Sprache muss eine von {join} sein.</translation>
    </message>
    <message>
        <source>Only an admin can give the admin role.</source>
        <translation>Nur ein Admin kann die Admin-Rolle vergeben.</translation>
    </message>
    <message>
        <source>Only an admin can give or take the admin role.</source>
        <translation>Nur ein Admin kann die Admin-Rolle vergeben oder entziehen.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; ask another admin.</source>
        <translation>Sie können sich nicht selbst deaktivieren; bitten Sie einen anderen Admin.</translation>
    </message>
    <message>
        <source>Only an admin can deactivate an admin.</source>
        <translation>Nur ein Admin kann einen Admin deaktivieren.</translation>
    </message>
    <message>
        <source>Only an admin can reactivate an admin.</source>
        <translation>Nur ein Admin kann einen Admin reaktivieren.</translation>
    </message>
    <message>
        <source>{taken} now uses the address {email}; change one of them first.</source>
        <translation>{taken} verwendet jetzt die Adresse {email}; ändern Sie zuerst eine der beiden.</translation>
    </message>
    <message>
        <source>A draft is a reply or a note (got {mode!r}).</source>
        <translation>Ein Entwurf ist eine Antwort oder eine Notiz (erhalten: {mode!r}).</translation>
    </message>
    <message>
        <source>That conversation does not exist.</source>
        <translation>Diese Anfrage gibt es nicht.</translation>
    </message>
    <message>
        <source>{what} does not exist.</source>
        <translation>{what} gibt es nicht.</translation>
    </message>
    <message>
        <source>Type something to search for.</source>
        <translation>Geben Sie einen Suchbegriff ein.</translation>
    </message>
    <message>
        <source>The search is too long (at most {MAX_QUERY} characters).</source>
        <translation>Die Suche ist zu lang (höchstens {MAX_QUERY} Zeichen).</translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>OR needs a word before it.</source>
        <translation>Vor OR muss ein Wort stehen.</translation>
    </message>
    <message>
        <source>The search has too many words (at most {MAX_TERMS}).</source>
        <translation>Die Suche enthält zu viele Wörter (höchstens {MAX_TERMS}).</translation>
    </message>
    <message>
        <source>OR needs a word after it.</source>
        <translation>Nach OR muss ein Wort stehen.</translation>
    </message>
    <message>
        <source>Say what to look for, not only what to leave out.</source>
        <translation>Geben Sie an, wonach gesucht werden soll, nicht nur, was auszuschließen ist.</translation>
    </message>
    <message>
        <source>The search holds no words to look for.</source>
        <translation>Die Suche enthält keine Suchwörter.</translation>
    </message>
    <message>
        <source>{what} must be one of {join} (got {value!r}).</source>
        <translation>{what} muss einer der Werte {join} sein (erhalten: {value!r}).</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} ist leer.</translation>
    </message>
    <message>
        <source>{what} is too long ({len:,} characters; at most {MAX_BODY:,}).</source>
        <translation>{what} ist zu lang ({len:,} Zeichen; höchstens {MAX_BODY:,}).</translation>
    </message>
    <message>
        <source>A time without a time zone was given.</source>
        <translation>Es wurde eine Zeit ohne Zeitzone angegeben.</translation>
    </message>
    <message>
        <source>That conversation does not exist (it may have been deleted).</source>
        <translation>Diese Anfrage gibt es nicht (sie wurde möglicherweise gelöscht).</translation>
    </message>
    <message>
        <source>Conversation #{number} was merged into another conversation.</source>
        <translation>Anfrage #{number} wurde mit einer anderen Anfrage zusammengeführt.</translation>
    </message>
    <message>
        <source>{name} is deactivated and cannot take conversations.</source>
        <translation>{name} ist deaktiviert und kann keine Anfragen übernehmen.</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Ein Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>A conversation needs a subject.</source>
        <translation>Eine Anfrage braucht einen Betreff.</translation>
    </message>
    <message>
        <source>The subject is too long (at most {MAX_SUBJECT} characters).</source>
        <translation>Der Betreff ist zu lang (höchstens {MAX_SUBJECT} Zeichen).</translation>
    </message>
    <message>
        <source>That customer does not exist.</source>
        <translation>Diesen Kunden gibt es nicht.</translation>
    </message>
    <message>
        <source>Conversation #{number} must be solved before it can be closed.</source>
        <translation>Anfrage #{number} muss gelöst sein, bevor sie geschlossen werden kann.</translation>
    </message>
    <message>
        <source>A conversation cannot be set back to new.</source>
        <translation>Eine Anfrage kann nicht auf „Neu“ zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>A tag cannot be added and removed at once.</source>
        <translation>Ein Schlagwort kann nicht gleichzeitig hinzugefügt und entfernt werden.</translation>
    </message>
    <message>
        <source>A follow-up time needs a time zone.</source>
        <translation>Eine Wiedervorlage braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>A follow-up must be in the future.</source>
        <translation>Eine Wiedervorlage muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Choose at least one conversation to merge.</source>
        <translation>Wählen Sie mindestens eine Anfrage zum Zusammenführen.</translation>
    </message>
    <message>
        <source>A conversation cannot be merged into itself.</source>
        <translation>Eine Anfrage kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Merge at most {MAX_SOURCES} conversations at a time.</source>
        <translation>Führen Sie höchstens {MAX_SOURCES} Anfragen auf einmal zusammen.</translation>
    </message>
    <message>
        <source>Only conversations of the same customer can be merged.</source>
        <translation>Nur Anfragen desselben Kunden können zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Conversation #{number} is not merged.</source>
        <translation>Anfrage #{number} ist nicht zusammengeführt.</translation>
    </message>
    <message>
        <source>The merge of #{number} cannot be undone: it was recorded without what it moved.</source>
        <translation>Das Zusammenführen von #{number} lässt sich nicht rückgängig machen: Es wurde ohne die verschobenen Nachrichten aufgezeichnet.</translation>
    </message>
    <message>
        <source>Conversation #{number} was merged again since; undo that merge first.</source>
        <translation>Anfrage #{number} wurde seitdem weiter zusammengeführt; machen Sie das zuerst rückgängig.</translation>
    </message>
    <message>
        <source>Conversation #{number} was already merged.</source>
        <translation>Anfrage #{number} wurde bereits zusammengeführt.</translation>
    </message>
    <message>
        <source>That agent does not exist or is deactivated.</source>
        <translation>Diesen Agenten gibt es nicht oder er ist deaktiviert.</translation>
    </message>
    <message>
        <source>A conversation cannot be linked to itself.</source>
        <translation>Eine Anfrage kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>Conversation #{number} has {MAX_LINKS} links already.</source>
        <translation>Anfrage #{number} hat schon {MAX_LINKS} Verknüpfungen.</translation>
    </message>
    <message>
        <source>That message is not in this conversation.</source>
        <translation>Diese Nachricht gehört nicht zu dieser Anfrage.</translation>
    </message>
    <message>
        <source>The first message cannot be split off: nothing would be left in #{number}.</source>
        <translation>Die erste Nachricht kann nicht abgetrennt werden: In #{number} bliebe nichts übrig.</translation>
    </message>
    <message>
        <source>The call length must be a number of minutes.</source>
        <translation>Die Anrufdauer muss eine Zahl von Minuten sein.</translation>
    </message>
    <message>
        <source>The call length must be from 0 to {hours} hours.</source>
        <translation>Die Anrufdauer muss zwischen 0 und {hours} Stunden liegen.</translation>
    </message>
    <message>
        <source>Nobody in this workspace is a supervisor or admin yet, so whoever sets it up may change agents and teams. Make someone an admin first.</source>
        <translation>In diesem Arbeitsbereich gibt es noch keine Teamleitung und keinen Admin; wer ihn einrichtet, darf Agenten und Teams ändern. Machen Sie zuerst jemanden zum Admin.</translation>
    </message>
    <message>
        <source>{name} is deactivated: only active admins change agents, and only active supervisors and admins change teams and tier names.</source>
        <translation>{name} ist deaktiviert: Nur aktive Admins ändern Agenten, und nur aktive Teamleitungen und Admins ändern Teams und Stufennamen.</translation>
    </message>
    <message>
        <source>Choose who works at this desk (Settings) first: only admins change agents, and only supervisors and admins change teams and tier names.</source>
        <translation>Wählen Sie zuerst, wer an diesem Arbeitsplatz arbeitet (Einstellungen): Nur Admins ändern Agenten, und nur Teamleitungen und Admins ändern Teams und Stufennamen.</translation>
    </message>
    <message>
        <source>{name} is an agent: only admins change agents, and only supervisors and admins change teams and tier names.</source>
        <translation>{name} ist Agent: Nur Admins ändern Agenten, und nur Teamleitungen und Admins ändern Teams und Stufennamen.</translation>
    </message>
    <message>
        <source>Only an admin adds, changes or deactivates agents; you can change teams and tier names.</source>
        <translation>Nur ein Admin legt Agenten an, ändert oder deaktiviert sie; Teams und Stufennamen können Sie ändern.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Nobody is waiting for an answer</source>
        <translation>Niemand wartet auf eine Antwort</translation>
    </message>
    <message>
        <source>Customer waiting since %1</source>
        <translation>Kunde wartet seit %1</translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation>Letzte Aktivität %1</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Not sortable</source>
        <translation>Nicht sortierbar</translation>
    </message>
    <message>
        <source>Click to sort most urgent first: the earliest due time first</source>
        <translation>Klicken, um die dringendsten zuerst zu zeigen: früheste Fälligkeit zuerst</translation>
    </message>
    <message>
        <source>Click to sort by last activity, newest first</source>
        <translation>Klicken, um nach letzter Aktivität zu sortieren, neueste zuerst</translation>
    </message>
    <message>
        <source>Click to sort by priority, urgent first</source>
        <translation>Klicken, um nach Priorität zu sortieren, dringende zuerst</translation>
    </message>
    <message>
        <source>Click to sort by customer name, A to Z</source>
        <translation>Klicken, um nach Kundenname zu sortieren, A bis Z</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Each open SLA target (FR first response, NR next response, RES resolution) with the time to its due time, most urgent first: red when overdue, amber when due within the hour, grey while paused</source>
        <translation>Jedes offene SLA-Ziel (FR Erstreaktion, NR nächste Reaktion, RES Lösung) mit der Zeit bis zur Fälligkeit, dringendstes zuerst: rot, wenn überfällig, orange, wenn innerhalb der nächsten Stunde fällig, grau, solange pausiert</translation>
    </message>
    <message>
        <source>How long the customer has waited for an answer</source>
        <translation>Wie lange der Kunde schon auf eine Antwort wartet</translation>
    </message>
    <message>
        <source>Time since the last activity</source>
        <translation>Zeit seit der letzten Aktivität</translation>
    </message>
    <message>
        <source>Customer mood</source>
        <translation>Stimmung des Kunden</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Fit columns to the width</source>
        <translation>Spalten an Breite anpassen</translation>
    </message>
</context>
<context>
    <name>KbOverview</name>
    <message>
        <source>Most used articles</source>
        <translation>Meistgenutzte Artikel</translation>
    </message>
    <message>
        <source>Articles to review</source>
        <translation>Zu prüfende Artikel</translation>
    </message>
    <message numerus="yes">
        <source>%n uses</source>
        <translation>
            <numerusform>%n Nutzung</numerusform>
            <numerusform>%n Nutzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Articles to review (%n)</source>
        <translation>
            <numerusform>Zu prüfende Artikel (%n)</numerusform>
            <numerusform>Zu prüfende Artikel (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation>nie geprüft</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>An article is either internal or public.</source>
        <translation>Ein Artikel ist entweder intern oder öffentlich.</translation>
    </message>
    <message>
        <source>Articles are written in English, German or Danish.</source>
        <translation>Artikel werden auf Englisch, Deutsch oder Dänisch geschrieben.</translation>
    </message>
    <message>
        <source>Every language of an article needs a title.</source>
        <translation>Jede Sprache eines Artikels braucht einen Titel.</translation>
    </message>
    <message>
        <source>A title has at most {MAX_TITLE_CHARS} characters.</source>
        <translation>Ein Titel hat höchstens {MAX_TITLE_CHARS} Zeichen.</translation>
    </message>
    <message>
        <source>An article has at most {MAX_BODY_CHARS} characters.</source>
        <translation>Ein Artikel hat höchstens {MAX_BODY_CHARS} Zeichen.</translation>
    </message>
    <message>
        <source>Write the article in at least one language.</source>
        <translation>Schreiben Sie den Artikel in mindestens einer Sprache.</translation>
    </message>
    <message>
        <source>At most {MAX_TAGS} tags, each at most {MAX_TAG_CHARS} characters.</source>
        <translation>Höchstens {MAX_TAGS} Schlagwörter mit je höchstens {MAX_TAG_CHARS} Zeichen.</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Den Artikel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The shop&apos;s name has 1 to {MAX_NAME_CHARS} characters.</source>
        <translation>Der Name des Shops hat 1 bis {MAX_NAME_CHARS} Zeichen.</translation>
    </message>
    <message>
        <source>Give the colour as #RRGGBB, for example #2563eb.</source>
        <translation>Geben Sie die Farbe als #RRGGBB an, zum Beispiel #2563eb.</translation>
    </message>
    <message>
        <source>The help centre&apos;s address starts with https:// (or http://).</source>
        <translation>Die Adresse des Hilfecenters beginnt mit https:// (oder http://).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>{folder} holds other files: publish into an empty folder or a new one.</source>
        <translation>{folder} enthält andere Dateien: Veröffentlichen Sie in einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <source>The help centre cannot be written to {folder}: {reason}</source>
        <translation>Das Hilfecenter kann nicht nach {folder} geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseDialog</name>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Meistgenutzt</translation>
    </message>
    <message>
        <source>Not reviewed lately</source>
        <translation>Länger nicht geprüft</translation>
    </message>
    <message>
        <source>for </source>
        <translation>seit </translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <source>Articles not reviewed for this many months are listed</source>
        <translation>Artikel, die so viele Monate nicht geprüft wurden, werden aufgelistet</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;Neuer Artikel</translation>
    </message>
    <message>
        <source>&amp;Help centre…</source>
        <translation>&amp;Hilfecenter…</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The article in Markdown: # heading, **bold**, *italic*, - list, [link](https://…)</source>
        <translation>Der Artikel in Markdown: # Überschrift, **fett**, *kursiv*, - Liste, [Link](https://…)</translation>
    </message>
    <message>
        <source>shipping, returns</source>
        <translation>versand, rücksendung</translation>
    </message>
    <message>
        <source>Internal: the team only</source>
        <translation>Intern: nur das Team</translation>
    </message>
    <message>
        <source>Public: in the help centre</source>
        <translation>Öffentlich: im Hilfecenter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Who reads it</source>
        <translation>Wer es liest</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Mark as &amp;reviewed</source>
        <translation>Als &amp;geprüft markieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message numerus="yes">
        <source>used %n times</source>
        <translation>
            <numerusform>%n-mal genutzt</numerusform>
            <numerusform>%n-mal genutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>By %1 · reviewed %2</source>
        <translation>Von %1 · geprüft %2</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <source>Delete “%1” in every language?</source>
        <translation>„%1“ in allen Sprachen löschen?</translation>
    </message>
</context>
<context>
    <name>KnowledgeBasePart</name>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>&amp;Wissensdatenbank…</translation>
    </message>
    <message>
        <source>Write and review the articles you insert with ? in a reply</source>
        <translation>Artikel schreiben und prüfen, die Sie mit ? in eine Antwort einfügen</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>First response time (median)</source>
        <translation>Erstreaktionszeit (Median)</translation>
    </message>
    <message>
        <source>First response time (90th percentile)</source>
        <translation>Erstreaktionszeit (90. Perzentil)</translation>
    </message>
    <message>
        <source>As the median first response time, but the time within which 90% of the conversations got their first public reply. Calendar minutes.</source>
        <translation>Wie der Median der Erstreaktionszeit, aber die Zeit, in der 90 % der Anfragen ihre erste öffentliche Antwort erhielten. Kalenderminuten.</translation>
    </message>
    <message>
        <source>First response time, business hours (median)</source>
        <translation>Erstreaktionszeit, Geschäftszeiten (Median)</translation>
    </message>
    <message>
        <source>The median first response time counting only the opening hours of the business calendar of each conversation&apos;s SLA policy (nights, weekends and holidays left out).</source>
        <translation>Der Median der Erstreaktionszeit, gezählt nur in den Geschäftszeiten des Geschäftskalenders der SLA-Richtlinie jeder Anfrage (ohne Nächte, Wochenenden und Feiertage).</translation>
    </message>
    <message>
        <source>First response time, business hours (90th percentile)</source>
        <translation>Erstreaktionszeit, Geschäftszeiten (90. Perzentil)</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Lösung beim Erstkontakt</translation>
    </message>
    <message>
        <source>Resolution time (median)</source>
        <translation>Lösungszeit (Median)</translation>
    </message>
    <message>
        <source>For conversations whose customer first wrote in the period: the time from the customer&apos;s first message to our first public reply after it that reached the customer (internal notes and replies not delivered do not count; a logged call does). In a conversation we started, the customer&apos;s first answer starts the clock. Half were answered faster. Calendar minutes.</source>
        <translation>Für Anfragen, deren Kunde im Zeitraum zuerst geschrieben hat: die Zeit von der ersten Nachricht des Kunden bis zu unserer ersten öffentlichen Antwort danach, die den Kunden erreicht hat (interne Notizen und nicht zugestellte Antworten zählen nicht, ein protokollierter Anruf schon). Bei einer Anfrage, die wir begonnen haben, startet die erste Antwort des Kunden die Uhr. Die Hälfte wurde schneller beantwortet. Kalenderminuten.</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Höher ist besser.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Niedriger ist besser.</translation>
    </message>
    <message>
        <source>By agent, it counts for the agent who wrote the first reply; by team, tier and channel, the conversation&apos;s.</source>
        <translation>Nach Agent zählt der Wert für den Agenten, der die erste Antwort geschrieben hat; nach Team, Stufe und Kanal für die der Anfrage.</translation>
    </message>
    <message>
        <source>By agent, it counts for the agent who solved the conversation (its assignee when nobody is recorded); by team, tier and channel, the conversation&apos;s.</source>
        <translation>Nach Agent zählt der Wert für den Agenten, der die Anfrage gelöst hat (den Zuständigen, wenn niemand erfasst ist); nach Team, Stufe und Kanal für die der Anfrage.</translation>
    </message>
    <message>
        <source>By agent, team, tier and channel, it counts for the conversation&apos;s current assignee, team, tier and channel.</source>
        <translation>Nach Agent, Team, Stufe und Kanal zählt der Wert für den aktuell Zuständigen, das Team, die Stufe und den Kanal der Anfrage.</translation>
    </message>
    <message>
        <source>It counts for the answered conversation&apos;s current assignee, team, tier and channel; an answer without a conversation counts in the overall figure only.</source>
        <translation>Der Wert zählt für den aktuell Zuständigen, das Team, die Stufe und den Kanal der beantworteten Anfrage; eine Antwort ohne Anfrage zählt nur im Gesamtwert.</translation>
    </message>
    <message>
        <source>The time within which 90% of the conversations got their first public reply after the customer&apos;s first message, counting only the opening hours of the SLA policy&apos;s business calendar.</source>
        <translation>Die Zeit, in der 90 % der Anfragen ihre erste öffentliche Antwort nach der ersten Nachricht des Kunden erhielten, nur innerhalb der Geschäftszeiten des Geschäftskalenders der SLA-Richtlinie gezählt.</translation>
    </message>
    <message>
        <source>Average handling time (estimated)</source>
        <translation>Durchschnittliche Bearbeitungszeit (geschätzt)</translation>
    </message>
    <message>
        <source>Total agent working time on the conversations solved in the period, divided by their number. An estimate for written channels: each public reply and each internal note written by an agent counts the time since the previous message in the conversation, at most {cap} minutes. A logged call counts its measured duration where one was recorded.</source>
        <translation>Gesamte Arbeitszeit der Agenten an den im Zeitraum gelösten Anfragen, geteilt durch deren Anzahl. Eine Schätzung für schriftliche Kanäle: Jede öffentliche Antwort und jede interne Notiz eines Agenten zählt die Zeit seit der vorigen Nachricht der Anfrage, höchstens {cap} Minuten. Ein protokollierter Anruf zählt seine gemessene Dauer, wo eine erfasst wurde.</translation>
    </message>
    <message>
        <source>Of the conversations solved in the period that were answered, the share solved within the first contact: one delivered reply for email and other written channels, one session for chat (no gap of more than {session} minutes), one call for phone; never reopened or escalated. Conversations closed without any reply are left out.</source>
        <translation>Von den im Zeitraum gelösten Anfragen, die eine Antwort erhielten, der Anteil, der beim ersten Kontakt gelöst wurde: eine zugestellte Antwort bei E-Mail und anderen schriftlichen Kanälen, eine Sitzung im Chat (keine Pause über {session} Minuten), ein Anruf am Telefon; nie wieder geöffnet oder eskaliert. Anfragen, die ohne jede Antwort geschlossen wurden, zählen nicht mit.</translation>
    </message>
    <message>
        <source>One-touch resolution</source>
        <translation>Lösung mit einer Antwort</translation>
    </message>
    <message>
        <source>Of the conversations solved in the period that were answered, the share solved with exactly one delivered public reply and never reopened, on any channel.</source>
        <translation>Von den im Zeitraum gelösten Anfragen, die eine Antwort erhielten, der Anteil, der mit genau einer zugestellten öffentlichen Antwort gelöst und nie wieder geöffnet wurde, auf jedem Kanal.</translation>
    </message>
    <message>
        <source>For conversations solved in the period: the time from the customer&apos;s first message (in a conversation we started, their first answer) to the final solve. Half were solved faster than this. Calendar minutes, waiting time included.</source>
        <translation>Für im Zeitraum gelöste Anfragen: die Zeit von der ersten Nachricht des Kunden (bei einer Anfrage, die wir begonnen haben, seiner ersten Antwort) bis zur endgültigen Lösung. Die Hälfte wurde schneller gelöst. Kalenderminuten, Wartezeit eingeschlossen.</translation>
    </message>
    <message>
        <source>Resolution time (90th percentile)</source>
        <translation>Lösungszeit (90. Perzentil)</translation>
    </message>
    <message>
        <source>The time within which 90% of the conversations solved in the period were solved. Calendar minutes.</source>
        <translation>Die Zeit, in der 90 % der im Zeitraum gelösten Anfragen gelöst wurden. Kalenderminuten.</translation>
    </message>
    <message>
        <source>Resolution time, business hours (median)</source>
        <translation>Lösungszeit, Geschäftszeiten (Median)</translation>
    </message>
    <message>
        <source>The median time from the customer&apos;s first message to the final solve of the conversations solved in the period, counting only the opening hours of the SLA policy&apos;s business calendar.</source>
        <translation>Der Median der Zeit von der ersten Nachricht des Kunden bis zur endgültigen Lösung der im Zeitraum gelösten Anfragen, gezählt nur in den Geschäftszeiten des Geschäftskalenders der SLA-Richtlinie.</translation>
    </message>
    <message>
        <source>Resolution time, business hours (90th percentile)</source>
        <translation>Lösungszeit, Geschäftszeiten (90. Perzentil)</translation>
    </message>
    <message>
        <source>The time within which 90% of the conversations solved in the period were solved, counting only the opening hours of the SLA policy&apos;s business calendar.</source>
        <translation>Die Zeit, in der 90 % der im Zeitraum gelösten Anfragen gelöst wurden, gezählt nur in den Geschäftszeiten des Geschäftskalenders der SLA-Richtlinie.</translation>
    </message>
    <message>
        <source>Full resolution time from creation (median)</source>
        <translation>Gesamtlösungszeit ab Erstellung (Median)</translation>
    </message>
    <message>
        <source>For conversations solved in the period: the time from the conversation&apos;s creation to the final solve, whoever wrote first (a conversation we started counts from our first message, answered or not). Half were solved faster than this. Calendar minutes, waiting time included.</source>
        <translation>Für im Zeitraum gelöste Anfragen: die Zeit von der Erstellung der Anfrage bis zur endgültigen Lösung, egal wer zuerst geschrieben hat (eine Anfrage, die wir begonnen haben, zählt ab unserer ersten Nachricht, ob beantwortet oder nicht). Die Hälfte wurde schneller gelöst. Kalenderminuten, Wartezeit eingeschlossen.</translation>
    </message>
    <message>
        <source>Full resolution time from creation (90th percentile)</source>
        <translation>Gesamtlösungszeit ab Erstellung (90. Perzentil)</translation>
    </message>
    <message>
        <source>The time from creation within which 90% of the conversations solved in the period were solved. Calendar minutes.</source>
        <translation>Die Zeit ab Erstellung, in der 90 % der im Zeitraum gelösten Anfragen gelöst wurden. Kalenderminuten.</translation>
    </message>
    <message>
        <source>Full resolution time from creation, business hours (median)</source>
        <translation>Gesamtlösungszeit ab Erstellung, Geschäftszeiten (Median)</translation>
    </message>
    <message>
        <source>The median time from creation to the final solve of the conversations solved in the period, counting only the opening hours of the SLA policy&apos;s business calendar.</source>
        <translation>Der Median der Zeit von der Erstellung bis zur endgültigen Lösung der im Zeitraum gelösten Anfragen, nur innerhalb der Geschäftszeiten des Geschäftskalenders der SLA-Richtlinie gezählt.</translation>
    </message>
    <message>
        <source>Full resolution time from creation, business hours (90th percentile)</source>
        <translation>Gesamtlösungszeit ab Erstellung, Geschäftszeiten (90. Perzentil)</translation>
    </message>
    <message>
        <source>The time from creation within which 90% of the conversations solved in the period were solved, counting only the opening hours of the SLA policy&apos;s business calendar.</source>
        <translation>Die Zeit ab Erstellung, in der 90 % der im Zeitraum gelösten Anfragen gelöst wurden, nur innerhalb der Geschäftszeiten des Geschäftskalenders der SLA-Richtlinie gezählt.</translation>
    </message>
    <message>
        <source>SLA compliance: first response</source>
        <translation>SLA-Einhaltung: Erstreaktion</translation>
    </message>
    <message>
        <source>Of the first-response targets decided in the period, the share achieved: a target counts as achieved when the first public reply came in time during the period, and as breached when its due time passed during the period (answered later or not at all).</source>
        <translation>Der Anteil der im Zeitraum entschiedenen Erstreaktionsziele, die erreicht wurden: Ein Ziel gilt als erreicht, wenn die erste öffentliche Antwort im Zeitraum rechtzeitig kam, und als verletzt, wenn seine Fälligkeit im Zeitraum verstrich (später oder gar nicht beantwortet).</translation>
    </message>
    <message>
        <source>SLA compliance: next response</source>
        <translation>SLA-Einhaltung: nächste Reaktion</translation>
    </message>
    <message>
        <source>As for first response, for every customer message that waited for an answer after our first reply: the share answered within the policy&apos;s next-response target.</source>
        <translation>Wie bei der Erstreaktion, für jede Kundennachricht, die nach unserer ersten Antwort auf eine Antwort wartete: der Anteil, der innerhalb des Ziels für die nächste Reaktion beantwortet wurde.</translation>
    </message>
    <message>
        <source>SLA compliance: resolution</source>
        <translation>SLA-Einhaltung: Lösung</translation>
    </message>
    <message>
        <source>As for first response, for the resolution target: the share of conversations solved within it (time waiting on the customer or on hold does not count against it).</source>
        <translation>Wie bei der Erstreaktion, für das Lösungsziel: der Anteil der Anfragen, die innerhalb des Ziels gelöst wurden (Zeit, in der auf den Kunden gewartet wird oder die Anfrage zurückgestellt ist, zählt nicht).</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>Wiedereröffnungsrate</translation>
    </message>
    <message>
        <source>Of the conversations solved at least once in the period, the share that went from solved back to open (or pending, or on hold) afterwards. A conversation reopened twice counts once.</source>
        <translation>Der Anteil der im Zeitraum mindestens einmal gelösten Anfragen, die danach von gelöst wieder zu offen (oder wartend oder zurückgestellt) wechselten. Eine zweimal wieder geöffnete Anfrage zählt einmal.</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>Eskalationsrate</translation>
    </message>
    <message>
        <source>Of the conversations created in the period, the share escalated to a higher tier at least once. Returns to a lower tier do not count.</source>
        <translation>Der Anteil der im Zeitraum erstellten Anfragen, die mindestens einmal an eine höhere Stufe eskaliert wurden. Rückgaben an eine niedrigere Stufe zählen nicht.</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Kundenzufriedenheit (CSAT)</translation>
    </message>
    <message>
        <source>The share of satisfied answers (top-two-box) among the CSAT answers received in the period: 4 or 5 on the 1-5 scale, 9 or 10 on the 1-10 scale, 80 or more on the 0-100 scale. Answers on deleted conversations are left out.</source>
        <translation>Der Anteil zufriedener Antworten (Top-2-Box) an den im Zeitraum erhaltenen CSAT-Antworten: 4 oder 5 auf der Skala 1–5, 9 oder 10 auf der Skala 1–10, 80 oder mehr auf der Skala 0–100. Antworten zu gelöschten Anfragen zählen nicht.</translation>
    </message>
    <message>
        <source>The average of the effort answers received in the period, on the 1-7 scale of &apos;The company made it easy to handle my issue&apos; (7: strongly agree). Every answer is put onto it from the scale and the good end stored with it: a 1-7 answer asked with 1 as very easy is turned round (1 becomes 7), one to the 1-5 question &apos;How much effort did you have to put in?&apos; (1: very low) too (1 becomes 7, 5 becomes 1).</source>
        <translation>Der Durchschnitt der im Zeitraum erhaltenen Aufwandsantworten auf der Skala 1–7 zu „Das Unternehmen hat es mir leicht gemacht, mein Anliegen zu klären“ (7: stimme voll zu). Jede Antwort wird anhand der mit ihr gespeicherten Skala und ihres guten Endes darauf umgerechnet: Eine Antwort auf 1–7, bei der 1 „sehr einfach“ bedeutet, wird umgekehrt (aus 1 wird 7), ebenso eine Antwort auf die Frage 1–5 „Wie viel Aufwand hatten Sie?“ (1: sehr wenig) (aus 1 wird 7, aus 5 wird 1).</translation>
    </message>
    <message>
        <source>Repeat contact rate</source>
        <translation>Wiederholte Kontakte</translation>
    </message>
    <message>
        <source>Of the conversations solved in the period, the share whose customer wrote to us again in a new conversation within {days} days of the solve (conversations we started do not count). Lower is better; it can still rise until {days} days after the period.</source>
        <translation>Von den im Zeitraum gelösten Anfragen der Anteil, dessen Kunde uns innerhalb von {days} Tagen nach der Lösung in einer neuen Anfrage erneut geschrieben hat (Anfragen, die wir begonnen haben, zählen nicht). Niedriger ist besser; der Wert kann bis {days} Tage nach dem Zeitraum noch steigen.</translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>From the 0-10 answers to &apos;How likely are you to recommend us?&apos; received in the period: the percentage of promoters (9-10) minus the percentage of detractors (0-6); from -100 to 100.</source>
        <translation>Aus den im Zeitraum erhaltenen Antworten von 0–10 auf „Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?“: der Anteil der Promotoren (9–10) in Prozent minus der Anteil der Kritiker (0–6); von -100 bis 100.</translation>
    </message>
    <message>
        <source>Customer effort score (CES)</source>
        <translation>Kundenaufwand (CES)</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <source>%1%</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 / 7</source>
        <translation>%1 / 7</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date format of the report (Qt date pattern)</comment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Linked conversations</source>
        <translation>Verknüpfte Anfragen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>Linked to this conversation:</source>
        <translation>Mit dieser Anfrage verknüpft:</translation>
    </message>
    <message>
        <source>Link another conversation:</source>
        <translation>Weitere Anfrage verknüpfen:</translation>
    </message>
    <message>
        <source>Linked %1.</source>
        <translation>%1 verknüpft.</translation>
    </message>
    <message>
        <source>%1 is linked already.</source>
        <translation>%1 ist schon verknüpft.</translation>
    </message>
</context>
<context>
    <name>ListHeader</name>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>“%1” · the first %2 matches</source>
        <translation>„%1“ · die ersten %2 Treffer</translation>
    </message>
    <message>
        <source>“%1” · 1 match</source>
        <translation>„%1“ · 1 Treffer</translation>
    </message>
    <message>
        <source>“%1” · %2 matches</source>
        <translation>„%1“ · %2 Treffer</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
</context>
<context>
    <name>MacroErrors</name>
    <message>
        <source>Availability must be one of {join}.</source>
        <translation>Die Verfügbarkeit muss eine von {join} sein.</translation>
    </message>
    <message>
        <source>That agent does not exist.</source>
        <translation>Diesen Agenten gibt es nicht.</translation>
    </message>
    <message>
        <source>{tag!r} is not a valid tag: use up to 50 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;:&apos; or &apos;/&apos;.</source>
        <translation>{tag!r} ist kein gültiges Schlagwort: Verwenden Sie bis zu 50 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;:&apos; oder &apos;/&apos;.</translation>
    </message>
    <message>
        <source>{what} is not a valid id.</source>
        <translation>{what} hat keine gültige ID.</translation>
    </message>
    <message>
        <source>The actions must be a JSON object.</source>
        <translation>Die Aktionen müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Unknown action: {name!r}.</source>
        <translation>Unbekannte Aktion: {name!r}.</translation>
    </message>
    <message>
        <source>The status must be one of {join}.</source>
        <translation>Der Status muss einer von {join} sein.</translation>
    </message>
    <message>
        <source>The priority must be one of {join}.</source>
        <translation>Die Priorität muss eine von {join} sein.</translation>
    </message>
    <message>
        <source>The tier must be 1, 2 or 3.</source>
        <translation>Die Stufe muss 1, 2 oder 3 sein.</translation>
    </message>
    <message>
        <source>Tags must be a list of at most {n} tags.</source>
        <translation>Schlagwörter müssen eine Liste mit höchstens {n} Einträgen sein.</translation>
    </message>
    <message>
        <source>A tag cannot be added and removed at once.</source>
        <translation>Ein Schlagwort kann nicht gleichzeitig hinzugefügt und entfernt werden.</translation>
    </message>
    <message>
        <source>The assignee is not a valid agent.</source>
        <translation>Der Zuständige ist kein gültiger Agent.</translation>
    </message>
    <message>
        <source>The follow-up must be 0 to {n} hours ahead.</source>
        <translation>Die Wiedervorlage muss 0 bis {n} Stunden in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The canned reply of this macro no longer exists.</source>
        <translation>Den Textbaustein dieses Makros gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The team of this macro no longer exists.</source>
        <translation>Das Team dieses Makros gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The agent of this macro no longer exists.</source>
        <translation>Den Agenten dieses Makros gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That macro does not exist (it may have been deleted).</source>
        <translation>Dieses Makro gibt es nicht (vielleicht wurde es gelöscht).</translation>
    </message>
    <message>
        <source>A macro needs a name.</source>
        <translation>Ein Makro braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long (at most {n} characters).</source>
        <translation>Der Name ist zu lang (höchstens {n} Zeichen).</translation>
    </message>
    <message>
        <source>The description is too long (at most {n} characters).</source>
        <translation>Die Beschreibung ist zu lang (höchstens {n} Zeichen).</translation>
    </message>
    <message>
        <source>A macro is for everyone, a team or yourself.</source>
        <translation>Ein Makro ist für alle, ein Team oder nur Sie.</translation>
    </message>
    <message>
        <source>Choose the team this macro is for.</source>
        <translation>Wählen Sie das Team, für das dieses Makro ist.</translation>
    </message>
    <message>
        <source>A personal macro needs an agent profile at this desk.</source>
        <translation>Ein persönliches Makro braucht ein Agentenprofil an diesem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>A macro needs at least one action.</source>
        <translation>Ein Makro braucht mindestens eine Aktion.</translation>
    </message>
    <message>
        <source>That conversation does not exist (it may have been deleted).</source>
        <translation>Diese Anfrage gibt es nicht (vielleicht wurde sie gelöscht).</translation>
    </message>
    <message>
        <source>Apply a macro to at most {n} conversations at once.</source>
        <translation>Wenden Sie ein Makro auf höchstens {n} Anfragen auf einmal an.</translation>
    </message>
    <message>
        <source>The macro “{name}” is switched off.</source>
        <translation>Das Makro „{name}“ ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Conversation #{number} is closed or merged.</source>
        <translation>Anfrage #{number} ist geschlossen oder zusammengeführt.</translation>
    </message>
    <message>
        <source>Only supervisors and admins change routing rules.</source>
        <translation>Nur Teamleitungen und Admins ändern Zuleitungsregeln.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Macro {number} (“{name}”): {problem} Nothing was imported.</source>
        <translation>Makro {number} („{name}“): {problem} Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Rule {number} (“{name}”): {problem} Nothing was imported.</source>
        <translation>Regel {number} („{name}“): {problem} Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The id is not valid.</source>
        <translation>Die ID ist ungültig.</translation>
    </message>
    <message>
        <source>A number is out of range.</source>
        <translation>Eine Zahl liegt außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <source>This is not a macros file of AgentDesk. Nothing was imported.</source>
        <translation>Dies ist keine Makro-Datei von AgentDesk. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This macros file is of another version ({version}). Nothing was imported.</source>
        <translation>Diese Makro-Datei hat eine andere Version ({version}). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file&apos;s macros and rules must be lists. Nothing was imported.</source>
        <translation>Die Makros und Regeln der Datei müssen Listen sein. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The entry has fields a macro does not have.</source>
        <translation>Der Eintrag hat Felder, die ein Makro nicht hat.</translation>
    </message>
    <message>
        <source>The name and description must be text.</source>
        <translation>Name und Beschreibung müssen Text sein.</translation>
    </message>
    <message>
        <source>The entry has fields a rule does not have.</source>
        <translation>Der Eintrag hat Felder, die eine Regel nicht hat.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The file is larger than 10 MB. Nothing was imported.</source>
        <translation>Die Datei ist größer als 10 MB. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is not readable JSON. Nothing was imported.</source>
        <translation>Die Datei ist kein lesbares JSON. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Apply a macro</source>
        <translation>Makro anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Apply a macro to the selected conversations (%n)</source>
        <translation>
            <numerusform>Makro auf die ausgewählten Anfragen anwenden (%n)</numerusform>
            <numerusform>Makro auf die ausgewählten Anfragen anwenden (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to find a macro</source>
        <translation>Tippen, um ein Makro zu finden</translation>
    </message>
    <message>
        <source>No macro matches. Macros are made under File → Macros.</source>
        <translation>Kein Makro passt. Makros legen Sie unter Datei → Makros an.</translation>
    </message>
</context>
<context>
    <name>MacroPreviewDialog</name>
    <message>
        <source>Apply macro “%1”</source>
        <translation>Makro „%1“ anwenden</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Was sich ändert:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (×%n)</source>
        <translation>
            <numerusform>%1 (×%n)</numerusform>
            <numerusform>%1 (×%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply “%1” goes into the composer, in the customer&apos;s language, for you to send.</source>
        <translation>Die Antwort „%1“ kommt in der Sprache des Kunden ins Antwortfeld, damit Sie sie senden.</translation>
    </message>
    <message>
        <source>The reply “%1” becomes each conversation&apos;s draft, in its customer&apos;s language.</source>
        <translation>Die Antwort „%1“ wird zum Entwurf jeder Anfrage, in der Sprache des jeweiligen Kunden.</translation>
    </message>
    <message>
        <source>Nothing changes: the conversation is already as the macro sets it.</source>
        <translation>Nichts ändert sich: Die Anfrage ist schon so, wie das Makro sie setzt.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
</context>
<context>
    <name>MacroTools</name>
    <message>
        <source>Apply &amp;macro…</source>
        <translation>&amp;Makro anwenden…</translation>
    </message>
    <message>
        <source>Apply a macro to this conversation or to the selected ones (or type / in the composer)</source>
        <translation>Ein Makro auf diese oder die ausgewählten Anfragen anwenden (oder / im Antwortfeld tippen)</translation>
    </message>
    <message>
        <source>&amp;Macros…</source>
        <translation>&amp;Makros…</translation>
    </message>
    <message>
        <source>Named bundles of actions and a reply, applied in one step</source>
        <translation>Benannte Bündel aus Aktionen und einer Antwort, in einem Schritt angewendet</translation>
    </message>
    <message>
        <source>&amp;Routing rules…</source>
        <translation>&amp;Zuleitungsregeln…</translation>
    </message>
    <message>
        <source>Send arriving conversations to the right team, tier and agent</source>
        <translation>Eingehende Anfragen an das richtige Team, die richtige Stufe und den richtigen Agenten leiten</translation>
    </message>
    <message>
        <source>Open or select a conversation first.</source>
        <translation>Öffnen oder wählen Sie zuerst eine Anfrage.</translation>
    </message>
    <message>
        <source>Macro applied: %1 changed, %2 left as they were.</source>
        <translation>Makro angewendet: %1 geändert, %2 unverändert.</translation>
    </message>
</context>
<context>
    <name>Macros</name>
    <message>
        <source>Leave as it is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>refund, invoice</source>
        <translation>erstattung, rechnung</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>Schlagwörter &amp;hinzufügen:</translation>
    </message>
    <message>
        <source>Re&amp;move tags:</source>
        <translation>Schlagwörter &amp;entfernen:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Mir</translation>
    </message>
    <message>
        <source>Nobody (back to the queue)</source>
        <translation>Niemandem (zurück in die Warteschlange)</translation>
    </message>
    <message>
        <source>Least loaded available agent of the team</source>
        <translation>Am wenigsten ausgelasteter verfügbarer Agent des Teams</translation>
    </message>
    <message>
        <source>Next available agent of the team in turn</source>
        <translation>Nächster verfügbarer Agent des Teams der Reihe nach</translation>
    </message>
    <message>
        <source>Assi&amp;gn to:</source>
        <translation>&amp;Zuweisen an:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Hours until the follow-up; 0 clears it</source>
        <translation>Stunden bis zur Wiedervorlage; 0 hebt sie auf</translation>
    </message>
    <message>
        <source>&amp;Follow-up in:</source>
        <translation>&amp;Wiedervorlage in:</translation>
    </message>
    <message>
        <source>a deleted agent</source>
        <translation>ein gelöschter Agent</translation>
    </message>
    <message>
        <source>Macro “%1” applied.</source>
        <translation>Makro „%1“ angewendet.</translation>
    </message>
    <message>
        <source>Macro</source>
        <translation>Makro</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>kein Team</translation>
    </message>
    <message>
        <source>a deleted team</source>
        <translation>ein gelöschtes Team</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>me</source>
        <translation>mir</translation>
    </message>
    <message>
        <source>nobody (back to the queue)</source>
        <translation>niemandem (zurück in die Warteschlange)</translation>
    </message>
    <message>
        <source>the least loaded available agent</source>
        <translation>den am wenigsten ausgelasteten verfügbaren Agenten</translation>
    </message>
    <message>
        <source>the next available agent in turn</source>
        <translation>den nächsten verfügbaren Agenten der Reihe nach</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorität: %1</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Add tags: %1</source>
        <translation>Schlagwörter hinzufügen: %1</translation>
    </message>
    <message>
        <source>Remove tags: %1</source>
        <translation>Schlagwörter entfernen: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Wiedervorlage: %1</translation>
    </message>
    <message>
        <source>The conversation is closed or merged: nothing changes.</source>
        <translation>Die Anfrage ist geschlossen oder zusammengeführt: Nichts ändert sich.</translation>
    </message>
    <message>
        <source>You do not work this conversation&apos;s tier.</source>
        <translation>Sie arbeiten nicht in der Stufe dieser Anfrage.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>Die Anfrage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>No team to assign within: the assignment is left out.</source>
        <translation>Kein Team, in dem zugewiesen werden kann: Die Zuweisung entfällt.</translation>
    </message>
    <message>
        <source>Nobody in the team is available: the conversation stays in the queue.</source>
        <translation>Niemand im Team ist verfügbar: Die Anfrage bleibt in der Warteschlange.</translation>
    </message>
    <message>
        <source>This desk has no agent profile: “assign to me” is left out.</source>
        <translation>Dieser Arbeitsplatz hat kein Agentenprofil: „Mir zuweisen“ entfällt.</translation>
    </message>
    <message>
        <source>The agent of this macro is no longer active: the assignment is left out.</source>
        <translation>Der Agent dieses Makros ist nicht mehr aktiv: Die Zuweisung entfällt.</translation>
    </message>
    <message>
        <source>Insert reply: %1</source>
        <translation>Antwort einfügen: %1</translation>
    </message>
    <message>
        <source>a deleted reply</source>
        <translation>ein gelöschter Textbaustein</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Zuweisen an %1</translation>
    </message>
    <message>
        <source>Follow-up after %1 h</source>
        <translation>Wiedervorlage nach %1 Std.</translation>
    </message>
    <message>
        <source>Clear the follow-up</source>
        <translation>Wiedervorlage aufheben</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Postfach: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Tarif: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Words in the subject: %1</source>
        <translation>Wörter im Betreff: %1</translation>
    </message>
    <message>
        <source>Words in the message: %1</source>
        <translation>Wörter in der Nachricht: %1</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Wörter: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Every conversation</source>
        <translation>Jede Anfrage</translation>
    </message>
</context>
<context>
    <name>MacrosDialog</name>
    <message>
        <source>Macros</source>
        <translation>Makros</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>Ein Team</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Offered in the composer and menus</source>
        <translation>Im Antwortfeld und in den Menüs angeboten</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · uses: %n</source>
        <translation>
            <numerusform>%1 · Verwendungen: %n</numerusform>
            <numerusform>%1 · Verwendungen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Macros and rules exported: %n.</source>
        <translation>
            <numerusform>Exportierte Makros und Regeln: %n.</numerusform>
            <numerusform>Exportierte Makros und Regeln: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
    <message>
        <source>Export macros and rules</source>
        <translation>Makros und Regeln exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Import macros and rules</source>
        <translation>Makros und Regeln importieren</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Importiert: %1 neu, %2 aktualisiert.</translation>
    </message>
</context>
<context>
    <name>MailAccountsDialog</name>
    <message>
        <source>TLS (implicit)</source>
        <translation>TLS (implizit)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (only to this computer)</source>
        <translation>Keine (nur zu diesem Rechner)</translation>
    </message>
    <message>
        <source>Mail accounts</source>
        <translation>E-Mail-Konten</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in a file.</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>No system keyring here: kept until AgentDesk closes, asked again at the next start.</source>
        <translation>Kein Schlüsselbund verfügbar: gespeichert, bis AgentDesk geschlossen wird, beim nächsten Start erneut abgefragt.</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(pausiert)</translation>
    </message>
    <message>
        <source>unchanged (type to replace)</source>
        <translation>unverändert (zum Ersetzen tippen)</translation>
    </message>
    <message>
        <source>the mailbox&apos;s password</source>
        <translation>das Passwort des Postfachs</translation>
    </message>
    <message>
        <source>New mailbox: Save connects it</source>
        <translation>Neues Postfach: „Speichern“ verbindet es</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s password.</source>
        <translation>Geben Sie das Passwort des Postfachs ein.</translation>
    </message>
    <message>
        <source>Saved; the password is in the keyring.</source>
        <translation>Gespeichert; das Passwort liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Saved; the password is kept until AgentDesk closes.</source>
        <translation>Gespeichert; das Passwort bleibt bis zum Schließen von AgentDesk erhalten.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Removed; replies already sent keep their history.</source>
        <translation>Entfernt; bereits gesendete Antworten behalten ihren Verlauf.</translation>
    </message>
</context>
<context>
    <name>MailAccountsForm</name>
    <message>
        <source>&amp;Add mailbox</source>
        <translation>Postfach &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Support &amp;address</source>
        <translation>Support-&amp;Adresse</translation>
    </message>
    <message>
        <source>support@yourshop.example</source>
        <translation>support@ihrshop.example</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Anzeige&amp;name</translation>
    </message>
    <message>
        <source>Your Shop Support</source>
        <translation>Ihr Shop-Support</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>A&amp;ktiv</translation>
    </message>
    <message>
        <source>fetch and send with this mailbox</source>
        <translation>mit diesem Postfach abrufen und senden</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Eingehende E-Mails (IMAP)</translation>
    </message>
    <message>
        <source>IMAP &amp;server</source>
        <translation>IMAP-&amp;Server</translation>
    </message>
    <message>
        <source>imap.yourshop.example</source>
        <translation>imap.ihrshop.example</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Si&amp;cherheit</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>INBOX (several: comma between)</source>
        <translation>INBOX (mehrere: durch Komma getrennt)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Ausgehende E-Mails (SMTP)</translation>
    </message>
    <message>
        <source>SMTP s&amp;erver</source>
        <translation>SMTP-Ser&amp;ver</translation>
    </message>
    <message>
        <source>smtp.yourshop.example</source>
        <translation>smtp.ihrshop.example</translation>
    </message>
    <message>
        <source>Po&amp;rt</source>
        <translation>Po&amp;rt</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Sicher&amp;heit</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>Ben&amp;utzername</translation>
    </message>
    <message>
        <source>usually the same as for IMAP (empty: no login)</source>
        <translation>meist derselbe wie für IMAP (leer: ohne Anmeldung)</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>Si&amp;gnatur</translation>
    </message>
    <message>
        <source>Attachments &amp;up to (MB)</source>
        <translation>Anhänge b&amp;is (MB)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>MailDesk</name>
    <message>
        <source>Mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Postausgang: %1</translation>
    </message>
</context>
<context>
    <name>MailErrors</name>
    <message>
        <source>{address!r} is not an email address.</source>
        <translation>{address!r} ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The {what} server {host!r} is not a host name.</source>
        <translation>Der {what}-Server {host!r} ist kein Hostname.</translation>
    </message>
    <message>
        <source>The {what} port must be between 1 and 65535 (got {port}).</source>
        <translation>Der {what}-Port muss zwischen 1 und 65535 liegen (erhalten: {port}).</translation>
    </message>
    <message>
        <source>The {what} security must be one of {join}.</source>
        <translation>Die {what}-Sicherheit muss eine von {join} sein.</translation>
    </message>
    <message>
        <source>The IMAP user name is missing.</source>
        <translation>Der IMAP-Benutzername fehlt.</translation>
    </message>
    <message>
        <source>Choose at least one folder to watch (usually INBOX).</source>
        <translation>Wählen Sie mindestens einen Ordner zum Überwachen (meist INBOX).</translation>
    </message>
    <message>
        <source>A folder name is too long or contains a line break.</source>
        <translation>Ein Ordnername ist zu lang oder enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The display name contains a line break.</source>
        <translation>Der Anzeigename enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The attachment size limit cannot be negative.</source>
        <translation>Die Größengrenze für Anhänge darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>{url!r} is not a valid {upper} address: {exc}.</source>
        <translation>{url!r} ist keine gültige {upper}-Adresse: {exc}.</translation>
    </message>
    <message>
        <source>{url!r}: the {upper} address must start with one of {schemes}.</source>
        <translation>{url!r}: Die {upper}-Adresse muss mit einem von {schemes} beginnen.</translation>
    </message>
    <message>
        <source>Do not put the password in the address; it goes to the keyring.</source>
        <translation>Setzen Sie das Passwort nicht in die Adresse; es gehört in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>{url!r} names no server.</source>
        <translation>{url!r} nennt keinen Server.</translation>
    </message>
    <message>
        <source>The keyring refused to keep the password ({reason}).</source>
        <translation>Der Schlüsselbund hat das Speichern des Passworts abgelehnt ({reason}).</translation>
    </message>
    <message>
        <source>The keyring could not be read ({reason}); is it locked?</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden ({reason}); ist er gesperrt?</translation>
    </message>
    <message>
        <source>A mail account for {address} already exists.</source>
        <translation>Ein E-Mail-Konto für {address} gibt es bereits.</translation>
    </message>
    <message>
        <source>That mail account does not exist.</source>
        <translation>Dieses E-Mail-Konto gibt es nicht.</translation>
    </message>
    <message>
        <source>Logged in, but the folder {folders} does not exist.</source>
        <translation>Angemeldet, aber der Ordner {folders} existiert nicht.</translation>
    </message>
    <message>
        <source>Connected to {host}; the folders can be read.</source>
        <translation>Verbunden mit {host}; die Ordner können gelesen werden.</translation>
    </message>
    <message>
        <source>Connected to {host}; mail can be sent.</source>
        <translation>Verbunden mit {host}; E-Mails können gesendet werden.</translation>
    </message>
    <message>
        <source>{where}: the server did not offer encryption (STARTTLS), so nothing was sent, not even the password. Ask whoever runs it to turn on TLS, or choose SSL/TLS and its port.</source>
        <translation>{where}: Der Server bietet keine Verschlüsselung an (STARTTLS), daher wurde nichts gesendet, auch nicht das Passwort. Bitten Sie den Betreiber, TLS einzuschalten, oder wählen Sie SSL/TLS und den passenden Port.</translation>
    </message>
    <message>
        <source>The IMAP server at {where} answered with an error: {clip}</source>
        <translation>Der IMAP-Server unter {where} hat mit einem Fehler geantwortet: {clip}</translation>
    </message>
    <message>
        <source>{where}: the certificate is not trusted: {owner} ({reason}). Check the host name, or ask whoever runs the server.</source>
        <translation>{where}: Dem Zertifikat wird nicht vertraut: {owner} ({reason}). Prüfen Sie den Hostnamen oder fragen Sie den Betreiber des Servers.</translation>
    </message>
    <message>
        <source>{name} could not be found; check the host name.</source>
        <translation>{name} wurde nicht gefunden; prüfen Sie den Hostnamen.</translation>
    </message>
    <message>
        <source>{where} refused the connection: the server is down or the port is wrong.</source>
        <translation>{where} hat die Verbindung abgelehnt: Der Server ist nicht erreichbar oder der Port ist falsch.</translation>
    </message>
    <message>
        <source>{where} did not answer in time.</source>
        <translation>{where} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The mail server refused the recipient {refused}.</source>
        <translation>Der Mailserver hat den Empfänger {refused} abgelehnt.</translation>
    </message>
    <message>
        <source>The mail server refused the sender address {sender}: {smtp_text}</source>
        <translation>Der Mailserver hat die Absenderadresse {sender} abgelehnt: {smtp_text}</translation>
    </message>
    <message>
        <source>{where} does not support this: {exc}</source>
        <translation>{where} unterstützt das nicht: {exc}</translation>
    </message>
    <message>
        <source>{where} closed the connection unexpectedly.</source>
        <translation>{where} hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <source>The mail server answered {smtp_code}: {smtp_text}</source>
        <translation>Der Mailserver antwortete {smtp_code}: {smtp_text}</translation>
    </message>
    <message>
        <source>Sending failed: {clip}</source>
        <translation>Senden fehlgeschlagen: {clip}</translation>
    </message>
    <message>
        <source>{where} cannot be reached: {value}.</source>
        <translation>{where} ist nicht erreichbar: {value}.</translation>
    </message>
    <message>
        <source>The mail server could not be used ({name__}).</source>
        <translation>Der Mailserver konnte nicht verwendet werden ({name__}).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist on {imap_host}.</source>
        <translation>Den Ordner {folder} gibt es auf {imap_host} nicht.</translation>
    </message>
    <message>
        <source>The server would not list the mail in {folder}.</source>
        <translation>Der Server hat die E-Mails in {folder} nicht aufgelistet.</translation>
    </message>
    <message>
        <source>This conversation is not an email conversation; it cannot be answered by mail.</source>
        <translation>Diese Anfrage ist keine E-Mail-Anfrage; sie kann nicht per E-Mail beantwortet werden.</translation>
    </message>
    <message>
        <source>No mail account is set up to send this reply; add one in the settings.</source>
        <translation>Für diese Antwort ist kein E-Mail-Konto zum Senden eingerichtet; fügen Sie eines in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>This customer has no email address to send the reply to.</source>
        <translation>Dieser Kunde hat keine E-Mail-Adresse, an die die Antwort gehen kann.</translation>
    </message>
    <message>
        <source>Say who the forward goes to.</source>
        <translation>Geben Sie an, an wen weitergeleitet wird.</translation>
    </message>
    <message>
        <source>The note to the forward is too long.</source>
        <translation>Die Notiz zur Weiterleitung ist zu lang.</translation>
    </message>
    <message>
        <source>That message does not exist.</source>
        <translation>Diese Nachricht gibt es nicht.</translation>
    </message>
    <message>
        <source>No mail account is set up to send the forward; add one in the settings.</source>
        <translation>Es ist kein E-Mail-Konto zum Senden der Weiterleitung eingerichtet; richten Sie eines in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>That reply is not waiting to be sent.</source>
        <translation>Diese Antwort wartet nicht auf den Versand.</translation>
    </message>
    <message>
        <source>That reply was sent already.</source>
        <translation>Diese Antwort wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>That reply is being sent right now.</source>
        <translation>Diese Antwort wird gerade gesendet.</translation>
    </message>
    <message>
        <source>The mail account of this reply was removed.</source>
        <translation>Das E-Mail-Konto dieser Antwort wurde entfernt.</translation>
    </message>
    <message>
        <source>The reply no longer exists.</source>
        <translation>Die Antwort gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That is too many addresses for one field.</source>
        <translation>Das sind zu viele Adressen für ein Feld.</translation>
    </message>
    <message>
        <source>“{entry}” is not an email address.</source>
        <translation>„{entry}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{name} is not here in full yet; the reply waits for it.</source>
        <translation>{name} ist noch nicht vollständig da; die Antwort wartet darauf.</translation>
    </message>
    <message>
        <source>An attached file changed while it was being sent; it is sent again.</source>
        <translation>Eine angehängte Datei hat sich während des Sendens geändert; sie wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Write the message to the customer.</source>
        <translation>Schreiben Sie die Nachricht an den Kunden.</translation>
    </message>
    <message>
        <source>Choose the language of the message.</source>
        <translation>Wählen Sie die Sprache der Nachricht.</translation>
    </message>
    <message>
        <source>Choose the priority of the conversation.</source>
        <translation>Wählen Sie die Priorität der Anfrage.</translation>
    </message>
    <message>
        <source>{name} has no email address to write to.</source>
        <translation>{name} hat keine E-Mail-Adresse, an die geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Choose a mailbox to send from.</source>
        <translation>Wählen Sie ein Postfach zum Senden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>Search results – AgentDesk</source>
        <translation>Suchergebnisse – AgentDesk</translation>
    </message>
    <message>
        <source>%1 – AgentDesk</source>
        <translation>%1 – AgentDesk</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Press Esc to go back.</source>
        <translation>Keine Treffer für „%1“. Esc führt zurück.</translation>
    </message>
    <message>
        <source>Choose who works at this desk in Settings to see your conversations.</source>
        <translation>Wählen Sie in den Einstellungen, wer an diesem Arbeitsplatz arbeitet, um Ihre Anfragen zu sehen.</translation>
    </message>
    <message>
        <source>Nothing in %1 right now.</source>
        <translation>Zurzeit nichts in „%1“.</translation>
    </message>
    <message>
        <source>Only some channels are shown: Alt+0 shows them all.</source>
        <translation>Nur einige Kanäle werden angezeigt: Alt+0 zeigt alle.</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>Die Liste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No conversation selected.</source>
        <translation>Keine Anfrage ausgewählt.</translation>
    </message>
    <message>
        <source>More conversations could not be read: %1 Press %2 to try again.</source>
        <translation>Weitere Anfragen konnten nicht gelesen werden: %1 Drücken Sie %2, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The views could not be counted: %1</source>
        <translation>Die Ansichten konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>That conversation does not exist (it may have been deleted).</source>
        <translation>Diese Anfrage gibt es nicht (sie wurde möglicherweise gelöscht).</translation>
    </message>
    <message>
        <source>No agent chosen</source>
        <translation>Kein Agent gewählt</translation>
    </message>
    <message>
        <source>Enter your server password to sync (this computer keeps no password for it).</source>
        <translation>Geben Sie Ihr Serverpasswort ein, um zu synchronisieren (dieser Rechner speichert dafür kein Passwort).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>&amp;Kanäle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>The dashboard is for supervisors and admins.</source>
        <translation>Die Übersicht ist für Teamleitungen und Admins.</translation>
    </message>
    <message>
        <source>Coaching notes are for supervisors and admins.</source>
        <translation>Coaching-Notizen sind für Teamleitungen und Admins.</translation>
    </message>
    <message>
        <source>Read-only: only supervisors and admins can change agents, teams and tier names.</source>
        <translation>Schreibgeschützt: Nur Teamleitungen und Admins können Agenten, Teams und Stufennamen ändern.</translation>
    </message>
    <message>
        <source>Only supervisors and admins can change SLA policies and calendars.</source>
        <translation>Nur Teamleitungen und Admins können SLA-Richtlinien und Kalender ändern.</translation>
    </message>
    <message>
        <source>This computer is not connected to a team server.</source>
        <translation>Dieser Rechner ist mit keinem Teamserver verbunden.</translation>
    </message>
    <message>
        <source>Working offline: turn Work offline off to sync.</source>
        <translation>Offline-Modus: Schalten Sie „Offline arbeiten“ aus, um zu synchronisieren.</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Neue Anfrage…</translation>
    </message>
    <message>
        <source>Log a phone call, letter, walk-in or email</source>
        <translation>Anruf, Brief, Besuch vor Ort oder E-Mail erfassen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>SLA &amp;policies and calendars…</source>
        <translation>SLA-&amp;Richtlinien und Kalender…</translation>
    </message>
    <message>
        <source>Response-time targets and business hours</source>
        <translation>Reaktionszeitziele und Geschäftszeiten</translation>
    </message>
    <message>
        <source>&amp;Agents and teams…</source>
        <translation>&amp;Agenten und Teams…</translation>
    </message>
    <message>
        <source>Agents, their roles and tiers, teams and the tiers&apos; names</source>
        <translation>Agenten, ihre Rollen und Stufen, Teams und die Namen der Stufen</translation>
    </message>
    <message>
        <source>&amp;Mail accounts…</source>
        <translation>E-&amp;Mail-Konten…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Ser&amp;ver connection…</source>
        <translation>Ser&amp;ververbindung…</translation>
    </message>
    <message>
        <source>&amp;Work offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Nächste Anfrage</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Vorherige Anfrage</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>Suche &amp;leeren</translation>
    </message>
    <message>
        <source>No search results are shown.</source>
        <translation>Es werden keine Suchergebnisse angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Queues, load and key figures</source>
        <translation>Warteschlangen, Auslastung und Kennzahlen</translation>
    </message>
    <message>
        <source>Queues, load and key figures, from this computer&apos;s copy</source>
        <translation>Warteschlangen, Auslastung und Kennzahlen, aus der Kopie auf diesem Rechner</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Sync-&amp;Konflikte…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge conversations</source>
        <translation>Anfragen zusammenführen</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>Zusammenführen in:</translation>
    </message>
    <message>
        <source>The other selected conversations are merged into the one chosen here: their messages move to it and they are closed.</source>
        <translation>Die übrigen ausgewählten Anfragen werden in die hier gewählte zusammengeführt: Ihre Nachrichten wandern dorthin, und sie werden geschlossen.</translation>
    </message>
    <message>
        <source>Check the conversations to merge into this one: their messages move here and they are closed. A merge can be undone.</source>
        <translation>Haken Sie die Anfragen an, die in diese zusammengeführt werden sollen: Ihre Nachrichten wandern hierher, und sie werden geschlossen. Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) will be merged.</source>
        <translation>
            <numerusform>%n Anfrage wird zusammengeführt.</numerusform>
            <numerusform>%n Anfragen werden zusammengeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another customer</source>
        <translation>Anderer Kunde</translation>
    </message>
    <message>
        <source>Merge conversations of another customer?</source>
        <translation>Anfragen eines anderen Kunden zusammenführen?</translation>
    </message>
    <message>
        <source>Merge anyway</source>
        <translation>Trotzdem zusammenführen</translation>
    </message>
    <message>
        <source>%1 belongs to %2. Its messages move to #%3 and keep %2 as their author; %2 stays a contact of their own with their other conversations. Replies in #%3 go to %4.</source>
        <translation>%1 gehört zu %2. Die Nachrichten wandern nach #%3 und behalten %2 als Absender; %2 bleibt ein eigener Kontakt mit den übrigen Anfragen. Antworten in #%3 gehen an %4.</translation>
    </message>
</context>
<context>
    <name>MergePicker</name>
    <message>
        <source>Merge a duplicate into %1</source>
        <translation>Duplikat mit %1 zusammenführen</translation>
    </message>
    <message>
        <source>Name or email address</source>
        <translation>Name oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Customers with the same name or address are listed first.</source>
        <translation>Kunden mit gleichem Namen oder gleicher Adresse stehen oben.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MessageImages</name>
    <message>
        <source>Show remote &amp;images</source>
        <translation>Externe &amp;Bilder anzeigen</translation>
    </message>
    <message>
        <source>Load the pictures the customer&apos;s messages link to (the sender can see that you did)</source>
        <translation>Lädt die Bilder, auf die die Nachrichten des Kunden verweisen (der Absender kann das sehen)</translation>
    </message>
</context>
<context>
    <name>MessageStrip</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Message from %1, %2</source>
        <translation>Nachricht von %1, %2</translation>
    </message>
    <message>
        <source>Find in this message (Ctrl+F)</source>
        <translation>In dieser Nachricht suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>Loading… %1%</source>
        <translation>Lädt… %1%</translation>
    </message>
</context>
<context>
    <name>MetricsErrors</name>
    <message>
        <source>A report period needs times with a time zone.</source>
        <translation>Ein Berichtszeitraum braucht Zeiten mit Zeitzone.</translation>
    </message>
    <message>
        <source>The end of the period must be after its start.</source>
        <translation>Das Ende des Zeitraums muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <source>The period reaches beyond the years 1 to 9999 in UTC.</source>
        <translation>Der Zeitraum reicht über die Jahre 1 bis 9999 (UTC) hinaus.</translation>
    </message>
    <message>
        <source>Dimension must be one of {join} (got {dimension!r}).</source>
        <translation>Die Dimension muss eine von {join} sein (erhalten: {dimension!r}).</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>Der Zeitraum endet ({last}), bevor er beginnt ({first}).</translation>
    </message>
    <message>
        <source>Cannot write the report to {path}.</source>
        <translation>Der Bericht kann nicht nach {path} geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write the report: the folder {folder} does not exist.</source>
        <translation>Der Bericht kann nicht geschrieben werden: Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>The report file must end in .csv or .pdf (got {name!r}).</source>
        <translation>Die Berichtsdatei muss auf .csv oder .pdf enden (erhalten: {name!r}).</translation>
    </message>
    <message>
        <source>Only supervisors can {doing}; {name} is an agent.</source>
        <translation>Nur Teamleitungen können {doing}; {name} ist Agent.</translation>
    </message>
    <message>
        <source>The tier must be 1, 2 or 3 (got {tier!r}).</source>
        <translation>Die Stufe muss 1, 2 oder 3 sein (erhalten: {tier!r}).</translation>
    </message>
    <message>
        <source>Reason must be one of {join} (got {reason!r}).</source>
        <translation>Der Grund muss einer von {join} sein (erhalten: {reason!r}).</translation>
    </message>
    <message>
        <source>it is {status}; reopen it first.</source>
        <translation>sie hat den Status {status}; öffnen Sie sie zuerst wieder.</translation>
    </message>
    <message>
        <source>That agent does not exist.</source>
        <translation>Diesen Agenten gibt es nicht.</translation>
    </message>
    <message>
        <source>The survey kind must be csat, nps or ces (got {kind!r}).</source>
        <translation>Die Umfrageart muss csat, nps oder ces sein (erhalten: {kind!r}).</translation>
    </message>
    <message>
        <source>A {KIND_NAMES} answer must be on the {allowed} scale (got {low}-{high}).</source>
        <translation>Eine {KIND_NAMES}-Antwort muss auf der Skala {allowed} liegen (erhalten: {low}-{high}).</translation>
    </message>
    <message>
        <source>The good end of a {KIND_NAMES} scale of {low}-{high} must be {ends} (got {best}).</source>
        <translation>Das gute Ende einer {KIND_NAMES}-Skala von {low} bis {high} muss {ends} sein (angegeben: {best}).</translation>
    </message>
    <message>
        <source>The {KIND_NAMES} score must be a whole number from {low} to {high}.</source>
        <translation>Der {KIND_NAMES}-Wert muss eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>The comment is too long (at most {MAX_COMMENT:,} characters).</source>
        <translation>Der Kommentar ist zu lang (höchstens {MAX_COMMENT:,} Zeichen).</translation>
    </message>
    <message>
        <source>That conversation does not exist (it may have been deleted).</source>
        <translation>Diese Anfrage gibt es nicht (sie wurde möglicherweise gelöscht).</translation>
    </message>
    <message>
        <source>Conversation #{number} was merged into another one; record the answer there.</source>
        <translation>Anfrage #{number} wurde mit einer anderen zusammengeführt; erfassen Sie die Antwort dort.</translation>
    </message>
    <message>
        <source>The customer of conversation #{number} was erased; no survey answer can be recorded for them.</source>
        <translation>Der Kunde von Anfrage #{number} wurde gelöscht; für ihn kann keine Umfrageantwort erfasst werden.</translation>
    </message>
    <message>
        <source>A time without a time zone was given.</source>
        <translation>Es wurde eine Zeit ohne Zeitzone angegeben.</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <source>Happy</source>
        <translation>Zufrieden</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Unzufrieden</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Verärgert</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>Type to find the customer; ↓ moves to the list.</source>
        <translation>Tippen, um den Kunden zu finden; ↓ wechselt in die Liste.</translation>
    </message>
    <message>
        <source>Create conversation</source>
        <translation>Anfrage anlegen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Writing first needs a mailbox to send from; add one in File → Mail accounts.</source>
        <translation>Um zuerst zu schreiben, wird ein Postfach zum Senden benötigt; richten Sie eines unter Datei → E-Mail-Konten ein.</translation>
    </message>
    <message>
        <source>Customer sai&amp;d:</source>
        <translation>Aussage des Kun&amp;den:</translation>
    </message>
    <message>
        <source>&amp;Your message:</source>
        <translation>Ihre Nachric&amp;ht:</translation>
    </message>
    <message>
        <source>Write to the customer…</source>
        <translation>An den Kunden schreiben …</translation>
    </message>
    <message>
        <source>Send email</source>
        <translation>E-Mail senden</translation>
    </message>
    <message>
        <source>1 customer found; pick them, or choose New customer.</source>
        <translation>1 Kunde gefunden; wählen Sie ihn aus oder wählen Sie „Neuer Kunde“.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers found; pick one, or choose New customer.</source>
        <translation>
            <numerusform>%n Kunde gefunden; wählen Sie ihn aus oder wählen Sie „Neuer Kunde“.</numerusform>
            <numerusform>%n Kunden gefunden; wählen Sie einen aus oder wählen Sie „Neuer Kunde“.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches “%1”. Choose New customer to add them.</source>
        <translation>Kein Kunde passt zu „%1“. Wählen Sie „Neuer Kunde“, um ihn anzulegen.</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Pick the customer from the list, or choose New customer.</source>
        <translation>Wählen Sie den Kunden aus der Liste oder wählen Sie „Neuer Kunde“.</translation>
    </message>
    <message>
        <source>The new customer needs a name.</source>
        <translation>Der neue Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1 already belongs to a customer: choose Existing customer and look it up.</source>
        <translation>%1 gehört bereits zu einem Kunden: Wählen Sie „Bestehender Kunde“ und suchen Sie ihn.</translation>
    </message>
    <message>
        <source>Give the conversation a subject.</source>
        <translation>Geben Sie der Anfrage einen Betreff.</translation>
    </message>
    <message>
        <source>Write the message to the customer.</source>
        <translation>Schreiben Sie die Nachricht an den Kunden.</translation>
    </message>
    <message>
        <source>Write down what the customer said.</source>
        <translation>Notieren Sie, was der Kunde gesagt hat.</translation>
    </message>
    <message>
        <source>Choose a mailbox to send from.</source>
        <translation>Wählen Sie ein Postfach zum Senden.</translation>
    </message>
</context>
<context>
    <name>NewConversationForm</name>
    <message>
        <source>The customer &amp;got in touch</source>
        <translation>Der Kunde hat sich &amp;gemeldet</translation>
    </message>
    <message>
        <source>Write down a call, a letter, a visit or a message the customer sent.</source>
        <translation>Halten Sie einen Anruf, einen Brief, einen Besuch oder eine Nachricht des Kunden fest.</translation>
    </message>
    <message>
        <source>I write &amp;first, by email</source>
        <translation>Ich schreibe &amp;zuerst, per E-Mail</translation>
    </message>
    <message>
        <source>A follow-up, a check-in or an offer: your email opens the conversation and goes out through the mailbox you choose.</source>
        <translation>Eine Nachfrage, ein kurzer Kontakt oder ein Angebot: Ihre E-Mail eröffnet die Anfrage und wird über das gewählte Postfach gesendet.</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>How the customer got in touch. Phone calls, letters and walk-ins are recorded as logged by you.</source>
        <translation>Wie der Kunde Kontakt aufgenommen hat. Anrufe, Briefe und Besuche vor Ort werden als von Ihnen erfasst gespeichert.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Existing customer</source>
        <translation>&amp;Bestehender Kunde</translation>
    </message>
    <message>
        <source>Ne&amp;w customer</source>
        <translation>Ne&amp;uer Kunde</translation>
    </message>
    <message>
        <source>Find by name, email address or company…</source>
        <translation>Nach Name, E-Mail-Adresse oder Firma suchen…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>Tar&amp;if:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Betr&amp;eff:</translation>
    </message>
    <message>
        <source>What it is about, in a few words</source>
        <translation>Worum es geht, in wenigen Worten</translation>
    </message>
    <message>
        <source>Customer sai&amp;d:</source>
        <translation>Aussage des Kun&amp;den:</translation>
    </message>
    <message>
        <source>Their words, as close as you can: the timeline shows this as the customer&apos;s message.</source>
        <translation>Möglichst in seinen eigenen Worten: Der Verlauf zeigt dies als Nachricht des Kunden.</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorität:</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Ihre E-Mail</translation>
    </message>
    <message>
        <source>Mail&amp;box:</source>
        <translation>Postf&amp;ach:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>The language you write in; a canned reply is inserted in it.</source>
        <translation>Die Sprache, in der Sie schreiben; ein Textbaustein wird in ihr eingefügt.</translation>
    </message>
    <message>
        <source>Canned re&amp;ply:</source>
        <translation>Te&amp;xtbaustein:</translation>
    </message>
</context>
<context>
    <name>NotificationList</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>A target</source>
        <translation>Ein Ziel</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Open to see them one by one</source>
        <translation>Öffnen, um sie einzeln zu sehen</translation>
    </message>
    <message>
        <source>%1 assigned %2 to you</source>
        <translation>%1 hat Ihnen %2 zugewiesen</translation>
    </message>
    <message>
        <source>%2 was assigned to you by a rule</source>
        <translation>%2 wurde Ihnen per Regel zugewiesen</translation>
    </message>
    <message>
        <source>The customer replied on %1</source>
        <translation>Der Kunde hat auf %1 geantwortet</translation>
    </message>
    <message>
        <source>Follow-up due on %1</source>
        <translation>Wiedervorlage fällig: %1</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Ein Kollege</translation>
    </message>
    <message>
        <source>%1 mentioned you on %2</source>
        <translation>%1 hat Sie in %2 erwähnt</translation>
    </message>
    <message>
        <source>%1 is due soon on %2</source>
        <translation>%1 bald fällig: %2</translation>
    </message>
    <message>
        <source>%1 is overdue on %2</source>
        <translation>%1 überfällig: %2</translation>
    </message>
    <message>
        <source>%1 is back: the customer wrote</source>
        <translation>%1 ist zurück: Der Kunde hat geschrieben</translation>
    </message>
    <message>
        <source>%1 is back from snooze</source>
        <translation>%1 ist zurück (Schlummern beendet)</translation>
    </message>
    <message>
        <source>%n unread notification(s)</source>
        <translation>%n ungelesene Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notifications: nothing unread</source>
        <translation>Benachrichtigungen: nichts Ungelesenes</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Noch keine Benachrichtigungen.</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <source>My customer replied</source>
        <translation>Mein Kunde hat geantwortet</translation>
    </message>
    <message>
        <source>Mentioned in a note</source>
        <translation>In einer Notiz erwähnt</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
        <source>Back from snooze</source>
        <translation>Schlummern beendet</translation>
    </message>
    <message>
        <source>SLA due soon</source>
        <translation>SLA bald fällig</translation>
    </message>
    <message>
        <source>SLA overdue</source>
        <translation>SLA überfällig</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Also as desktop notifications</source>
        <translation>Auch als Desktop-Benachrichtigung</translation>
    </message>
</context>
<context>
    <name>NotifyPart</name>
    <message>
        <source>S&amp;nooze until…</source>
        <translation>&amp;Schlummern bis …</translation>
    </message>
    <message>
        <source>Put the conversation away until a time; it comes back then or when the customer writes</source>
        <translation>Anfrage bis zu einem Zeitpunkt weglegen; sie kommt dann zurück oder sobald der Kunde schreibt</translation>
    </message>
    <message>
        <source>&amp;Unsnooze</source>
        <translation>&amp;Aufwecken</translation>
    </message>
    <message>
        <source>Bring the snoozed conversation back to the working views now</source>
        <translation>Die schlummernde Anfrage jetzt in die Arbeitsansichten zurückholen</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>What happened on your conversations</source>
        <translation>Was bei Ihren Anfragen passiert ist</translation>
    </message>
    <message>
        <source>Snoozed until %1; bring it back to the working views now</source>
        <translation>Schlummert bis %1; jetzt in die Arbeitsansichten zurückholen</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Öffnen Sie zuerst eine Anfrage.</translation>
    </message>
    <message>
        <source>Snoozed until %1: it comes back then or when the customer writes.</source>
        <translation>Schlummert bis %1: Sie kommt dann zurück oder sobald der Kunde schreibt.</translation>
    </message>
    <message>
        <source>This conversation is not snoozed.</source>
        <translation>Diese Anfrage schlummert nicht.</translation>
    </message>
    <message>
        <source>Back in the working views.</source>
        <translation>Wieder in den Arbeitsansichten.</translation>
    </message>
</context>
<context>
    <name>OneLineLabel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>OrderedRows</name>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>example.com, example.de</source>
        <translation>beispiel.de, beispiel.com</translation>
    </message>
    <message>
        <source>New mail from these domains joins the sender to this organisation.</source>
        <translation>Neue Mails von diesen Domains ordnen den Absender dieser Organisation zu.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>&amp;Domains</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>T&amp;arif</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Noti&amp;zen</translation>
    </message>
</context>
<context>
    <name>OutgoingAttachments</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Dateien &amp;anhängen…</translation>
    </message>
    <message>
        <source>Add files to the reply or note you are writing</source>
        <translation>Dateien an die Antwort oder Notiz anhängen, die Sie gerade schreiben</translation>
    </message>
    <message>
        <source>Attach files… (Ctrl+Shift+A); or drop files or paste a picture</source>
        <translation>Dateien anhängen… (Strg+Umschalt+A); oder Dateien hineinziehen oder ein Bild einfügen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>%1 wird angehängt…</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>A presence message from the server could not be read.</source>
        <translation>Eine Anwesenheitsmeldung vom Server konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Jemand aus dem Team</translation>
    </message>
    <message>
        <source>You are writing a reply in another window</source>
        <translation>Sie schreiben in einem anderen Fenster eine Antwort</translation>
    </message>
    <message>
        <source>You have it open in another window</source>
        <translation>Sie haben sie in einem anderen Fenster geöffnet</translation>
    </message>
    <message>
        <source>%1 is writing a reply</source>
        <translation>%1 schreibt eine Antwort</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 sieht sich die Anfrage an</translation>
    </message>
    <message>
        <source>%1 is writing a reply — you may answer twice.</source>
        <translation>%1 schreibt gerade eine Antwort – es könnte doppelt geantwortet werden.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>Wrote {path}: {conversations} conversations, {messages} messages, {files} files.</source>
        <translation>{path} geschrieben: {conversations} Anfragen, {messages} Nachrichten, {files} Dateien.</translation>
    </message>
    <message>
        <source>{count} files are not on this desktop in full and are listed only.</source>
        <translation>{count} Dateien liegen auf diesem Rechner nicht vollständig vor und sind nur aufgeführt.</translation>
    </message>
    <message>
        <source>Erase {name} &lt;{email}&gt; for good? Type erase to confirm: </source>
        <translation>{name} &lt;{email}&gt; endgültig löschen? Zum Bestätigen erase eingeben: </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Erased: {conversations} conversations anonymised, {messages} messages emptied, {files} files deleted. The next sync erases the customer on the server and every desktop.</source>
        <translation>Gelöscht: {conversations} Anfragen anonymisiert, {messages} Nachrichten geleert, {files} Dateien entfernt. Die nächste Synchronisierung löscht den Kunden auf dem Server und auf allen Rechnern.</translation>
    </message>
    <message>
        <source>The retention policy is off.</source>
        <translation>Die Aufbewahrungsregel ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>{count} customers have had no conversation for {years} years; none was changed.</source>
        <translation>{count} Kunden hatten seit {years} Jahren keine Anfrage; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{count} customers with no conversation for {years} years were anonymised.</source>
        <translation>{count} Kunden ohne Anfrage seit {years} Jahren wurden anonymisiert.</translation>
    </message>
    <message>
        <source>The customer asked to be erased</source>
        <translation>Der Kunde hat die Löschung verlangt</translation>
    </message>
    <message>
        <source>The customer withdrew their consent</source>
        <translation>Der Kunde hat seine Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>The customer objected to the processing</source>
        <translation>Der Kunde hat der Verarbeitung widersprochen</translation>
    </message>
    <message>
        <source>The data was processed unlawfully</source>
        <translation>Die Daten wurden unrechtmäßig verarbeitet</translation>
    </message>
    <message>
        <source>The retention period has passed</source>
        <translation>Die Aufbewahrungsfrist ist abgelaufen</translation>
    </message>
    <message>
        <source>Unknown reason “{reason}”. Use one of: {codes}.</source>
        <translation>Unbekannter Grund „{reason}“. Möglich sind: {codes}.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address.</source>
        <translation>„{email}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>No customer has the address {email}.</source>
        <translation>Kein Kunde hat die Adresse {email}.</translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may erase a customer.</source>
        <translation>Nur eine Teamleitung oder ein Admin darf einen Kunden löschen.</translation>
    </message>
    <message>
        <source>This database syncs with a server, and this desktop does not know yet whether your server login may erase customers. Sync once, then try again. Nothing was erased.</source>
        <translation>Diese Datenbank wird mit einem Server synchronisiert, und dieser Arbeitsplatz weiß noch nicht, ob Ihr Server-Login Kunden löschen darf. Synchronisieren Sie einmal und versuchen Sie es dann erneut. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Your server login {login} is an agent&apos;s: only a supervisor or an admin may erase a customer, and the server would refuse it. Nothing was erased.</source>
        <translation>Ihr Server-Login {login} gehört einem Agenten: Nur eine Teamleitung oder ein Admin darf einen Kunden löschen, und der Server würde es ablehnen. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Diesen Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This customer has already been erased.</source>
        <translation>Dieser Kunde wurde bereits gelöscht.</translation>
    </message>
    <message>
        <source>Personal data of {name}</source>
        <translation>Personenbezogene Daten von {name}</translation>
    </message>
    <message>
        <source>Exported on {date}. The file data.json holds the same in machine-readable form; attached files are in the folder files.</source>
        <translation>Exportiert am {date}. Die Datei data.json enthält dasselbe maschinenlesbar; angehängte Dateien liegen im Ordner files.</translation>
    </message>
    <message>
        <source>Conversations ({count})</source>
        <translation>Anfragen ({count})</translation>
    </message>
    <message>
        <source>Messages in other conversations</source>
        <translation>Nachrichten in anderen Anfragen</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Could not write the export to {path}: {reason}</source>
        <translation>Der Export konnte nicht nach {path} geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>The retention period must be a whole number of years from {low} to {high}.</source>
        <translation>Die Aufbewahrungsfrist muss eine ganze Zahl von Jahren zwischen {low} und {high} sein.</translation>
    </message>
    <message>
        <source>No retention period is set. Give one with --years, from 1 to 30.</source>
        <translation>Es ist keine Aufbewahrungsfrist festgelegt. Geben Sie eine mit --years an (1 bis 30).</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export personal data to folder</source>
        <translation>Personenbezogene Daten in Ordner exportieren</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <source>Wrote %1 with %2 conversations and %3 files.</source>
        <translation>%1 mit %2 Anfragen und %3 Dateien geschrieben.</translation>
    </message>
    <message>
        <source>%1 files are not on this desktop in full and are listed only.</source>
        <translation>%1 Dateien liegen auf diesem Rechner nicht vollständig vor und sind nur aufgeführt.</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Personenbezogene Daten exportieren…</translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>Kunden löschen…</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More of this conversation&apos;s properties</source>
        <translation>Weitere Eigenschaften dieser Anfrage</translation>
    </message>
    <message>
        <source>Status (S)</source>
        <translation>Status (S)</translation>
    </message>
    <message>
        <source>Priority (P)</source>
        <translation>Priorität (P)</translation>
    </message>
    <message>
        <source>Tier: escalate, return, transfer</source>
        <translation>Stufe: eskalieren, zurückgeben, übergeben</translation>
    </message>
    <message>
        <source>Escalate to a higher tier (E)</source>
        <translation>An eine höhere Stufe eskalieren (E)</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Team: transfer to another team</source>
        <translation>Team: an ein anderes Team übergeben</translation>
    </message>
    <message>
        <source>Assignee (A)</source>
        <translation>Zuständig (A)</translation>
    </message>
    <message>
        <source>Take this conversation: it becomes yours</source>
        <translation>Diese Anfrage übernehmen: Sie werden zuständig</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Follow up (F)</source>
        <translation>Wiedervorlage (F)</translation>
    </message>
    <message>
        <source>+ Tag</source>
        <translation>+ Schlagwort</translation>
    </message>
    <message>
        <source>Add a tag (T)</source>
        <translation>Schlagwort hinzufügen (T)</translation>
    </message>
    <message>
        <source>tag, Enter to add</source>
        <translation>Schlagwort, Enter fügt hinzu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Priority: %1 (P)</source>
        <translation>Priorität: %1 (P)</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>Zusammengeführt in #%1</translation>
    </message>
    <message>
        <source>Time per tier: %1</source>
        <translation>Zeit je Stufe: %1</translation>
    </message>
    <message>
        <source>(business hours)</source>
        <translation>(Geschäftszeiten)</translation>
    </message>
    <message>
        <source>%1: %2 business, %3 on the clock (%4 – %5)</source>
        <translation>%1: %2 Geschäftszeit, %3 insgesamt (%4 – %5)</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Wiedervorlage %1</translation>
    </message>
    <message>
        <source>Tag “%1”: press to remove</source>
        <translation>Schlagwort „%1“: zum Entfernen klicken</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>Zuweisung &amp;aufheben</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>S&amp;tatus ändern…</translation>
    </message>
    <message>
        <source>Change &amp;priority…</source>
        <translation>&amp;Priorität ändern…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation>&amp;Wiedervorlage…</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>&amp;Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Schlagwort „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Verzeichnis</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Dateien des &amp;Typs:</translation>
    </message>
</context>
<context>
    <name>QueryErrors</name>
    <message>
        <source>No team is called “{name}”.</source>
        <translation>Kein Team heißt „{name}“.</translation>
    </message>
    <message>
        <source>Several teams fit “{name}”: write more of the name.</source>
        <translation>Mehrere Teams passen zu „{name}“: Schreiben Sie mehr vom Namen.</translation>
    </message>
    <message>
        <source>No agent is called “{name}”.</source>
        <translation>Kein Agent heißt „{name}“.</translation>
    </message>
    <message>
        <source>Several agents fit “{name}”: write more of the name.</source>
        <translation>Mehrere Agenten passen zu „{name}“: Schreiben Sie mehr vom Namen.</translation>
    </message>
    <message>
        <source>The saved view&apos;s filters cannot be read.</source>
        <translation>Die Filter der gespeicherten Ansicht können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“{value}” is not a {field} (at character {position}); use one of: {choices}.</source>
        <translation>„{value}“ ist kein gültiger Wert für {field} (bei Zeichen {position}); möglich: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a language code such as de or da (at character {position}).</source>
        <translation>„{value}“ ist kein Sprachcode wie de oder da (bei Zeichen {position}).</translation>
    </message>
    <message>
        <source>“{value}” is not a date like 2026-11-01 (at character {position}).</source>
        <translation>„{value}“ ist kein Datum wie 2026-11-01 (bei Zeichen {position}).</translation>
    </message>
    <message>
        <source>{field}: needs a value (at character {position}).</source>
        <translation>{field}: braucht einen Wert (bei Zeichen {position}).</translation>
    </message>
    <message>
        <source>There is no field “{name}” (at character {position}); fields: {fields}.</source>
        <translation>Es gibt kein Feld „{name}“ (bei Zeichen {position}); Felder: {fields}.</translation>
    </message>
    <message>
        <source>{field} takes “:” and a value, not “{op}” (at character {position}).</source>
        <translation>{field} erwartet „:“ und einen Wert, nicht „{op}“ (bei Zeichen {position}).</translation>
    </message>
    <message>
        <source>The search has too many fields (at most {limit}).</source>
        <translation>Die Suche hat zu viele Felder (höchstens {limit}).</translation>
    </message>
</context>
<context>
    <name>QueueReviewDialog</name>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Alle markieren</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Neu zuweisen…</translation>
    </message>
    <message>
        <source>Move to &amp;tier…</source>
        <translation>In &amp;Stufe verschieben…</translation>
    </message>
    <message>
        <source>Move to t&amp;eam…</source>
        <translation>In T&amp;eam verschieben…</translation>
    </message>
    <message>
        <source>&amp;Coaching note…</source>
        <translation>&amp;Coaching-Notiz…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Untick &amp;all</source>
        <translation>Alle a&amp;bwählen</translation>
    </message>
    <message>
        <source>Coaching note added.</source>
        <translation>Coaching-Notiz hinzugefügt.</translation>
    </message>
    <message>
        <source>Tick the conversations first.</source>
        <translation>Markieren Sie zuerst die Anfragen.</translation>
    </message>
    <message>
        <source>Back to the queue (unassigned)</source>
        <translation>Zurück in die Warteschlange (nicht zugewiesen)</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>Give them to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>Move to another tier</source>
        <translation>In andere Stufe verschieben</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Hand-off note for the new tier (required)</source>
        <translation>Übergabenotiz für die neue Stufe (Pflicht)</translation>
    </message>
    <message>
        <source>Move to another team</source>
        <translation>In anderes Team verschieben</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Note for the team (optional)</source>
        <translation>Notiz für das Team (optional)</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coaching-Notiz</translation>
    </message>
    <message>
        <source>What went well, what to try next time (an internal note marked as coaching)</source>
        <translation>Was lief gut, was beim nächsten Mal versuchen (eine als Coaching markierte interne Notiz)</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Needs technical expertise</source>
        <translation>Braucht technisches Fachwissen</translation>
    </message>
    <message>
        <source>Needs authority or permissions</source>
        <translation>Braucht Befugnisse oder Berechtigungen</translation>
    </message>
    <message>
        <source>Suspected defect</source>
        <translation>Verdacht auf Fehler</translation>
    </message>
    <message>
        <source>Customer asked for a specialist</source>
        <translation>Kunde wünscht Spezialisten</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA gefährdet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>SLA (automatic)</source>
        <translation>SLA (automatisch)</translation>
    </message>
    <message>
        <source>Returned to a lower tier</source>
        <translation>An niedrigere Stufe zurückgegeben</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>First response SLA breached at {time}: moved from {from_tier} to {to_tier} automatically.</source>
        <translation>SLA für die Erstreaktion am {time} verletzt: automatisch von {from_tier} nach {to_tier} eskaliert.</translation>
    </message>
    <message>
        <source>First response SLA at risk at {time}: moved from {from_tier} to {to_tier} automatically.</source>
        <translation>SLA für die Erstreaktion am {time} gefährdet: automatisch von {from_tier} nach {to_tier} eskaliert.</translation>
    </message>
    <message>
        <source>Next response SLA breached at {time}: moved from {from_tier} to {to_tier} automatically.</source>
        <translation>SLA für die nächste Reaktion am {time} verletzt: automatisch von {from_tier} nach {to_tier} eskaliert.</translation>
    </message>
    <message>
        <source>Next response SLA at risk at {time}: moved from {from_tier} to {to_tier} automatically.</source>
        <translation>SLA für die nächste Reaktion am {time} gefährdet: automatisch von {from_tier} nach {to_tier} eskaliert.</translation>
    </message>
    <message>
        <source>Resolution SLA breached at {time}: moved from {from_tier} to {to_tier} automatically.</source>
        <translation>SLA für die Lösung am {time} verletzt: automatisch von {from_tier} nach {to_tier} eskaliert.</translation>
    </message>
    <message>
        <source>Resolution SLA at risk at {time}: moved from {from_tier} to {to_tier} automatically.</source>
        <translation>SLA für die Lösung am {time} gefährdet: automatisch von {from_tier} nach {to_tier} eskaliert.</translation>
    </message>
    <message>
        <source>Moved from {from_tier} to {to_tier} automatically by the SLA policy.</source>
        <translation>Von der SLA-Richtlinie automatisch von {from_tier} nach {to_tier} eskaliert.</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>Gelöschter Kunde</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Automatic hand-off note</source>
        <translation>Automatische Übergabenotiz</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <source>Acknowledgement</source>
        <extracomment>The fixed categories, in the order an agent goes through a conversation.</extracomment>
        <translation>Eingangsbestätigung</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Verständnis</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>Reassurance</source>
        <translation>Beruhigung</translation>
    </message>
    <message>
        <source>Asking for information</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Escalation notice</source>
        <translation>Hinweis auf Eskalation</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>Warten auf Kunde</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>The customer&apos;s first name</source>
        <extracomment>Every placeholder a template may use, with a short description for the editor&apos;s help.</extracomment>
        <translation>Vorname des Kunden</translation>
    </message>
    <message>
        <source>The customer&apos;s full name</source>
        <translation>Vollständiger Name des Kunden</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Ihr Vorname</translation>
    </message>
    <message>
        <source>The conversation&apos;s number, e.g. 1042</source>
        <translation>Nummer der Anfrage, z. B. 1042</translation>
    </message>
    <message>
        <source>The conversation&apos;s subject</source>
        <translation>Betreff der Anfrage</translation>
    </message>
    <message>
        <source>When the first answer is due, e.g. &apos;today at 14:00&apos;, in the customer&apos;s words</source>
        <translation>Wann die erste Antwort fällig ist, z. B. „heute um 14:00“, in der Sprache des Kunden</translation>
    </message>
    <message>
        <source>Where the cursor lands after inserting (removed from the text)</source>
        <translation>Wo der Cursor nach dem Einfügen steht (wird aus dem Text entfernt)</translation>
    </message>
</context>
<context>
    <name>RepliesErrors</name>
    <message>
        <source>{problem} Nothing was imported.</source>
        <translation>{problem} Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Entry {entry} (“{title}”): {problem} Nothing was imported.</source>
        <translation>Eintrag {entry} („{title}“): {problem} Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Entry {entry}: {problem} Nothing was imported.</source>
        <translation>Eintrag {entry}: {problem} Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is larger than {value} MB.</source>
        <translation>Die Datei ist größer als {value} MB.</translation>
    </message>
    <message>
        <source>The file cannot be imported: {exc}.</source>
        <translation>Die Datei kann nicht importiert werden: {exc}.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {lineno}, column {colno}).</source>
        <translation>Die Datei ist kein gültiges JSON (Zeile {lineno}, Spalte {colno}).</translation>
    </message>
    <message>
        <source>This is not a canned-reply file (its “format” must be “{FORMAT}”).</source>
        <translation>Dies ist keine Textbaustein-Datei (ihr „format“ muss „{FORMAT}“ sein).</translation>
    </message>
    <message>
        <source>The file has no “replies” list.</source>
        <translation>Die Datei hat keine Liste „replies“.</translation>
    </message>
    <message>
        <source>its id is also the id of entry {ids}.</source>
        <translation>seine ID ist auch die ID von Eintrag {ids}.</translation>
    </message>
    <message>
        <source>the shortcut /{shortcut} is also used by entry {shortcuts}.</source>
        <translation>das Kürzel /{shortcut} wird auch von Eintrag {shortcuts} verwendet.</translation>
    </message>
    <message>
        <source>it is not an object with a title and texts.</source>
        <translation>er ist kein Objekt mit Titel und Texten.</translation>
    </message>
    <message>
        <source>{name} is larger than {value} MB.</source>
        <translation>{name} ist größer als {value} MB.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a canned-reply file.</source>
        <translation>{path} ist ein Ordner, keine Textbaustein-Datei.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation>{path} kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text.</source>
        <translation>{name} ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {value}.</source>
        <translation>{path} kann nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>there is no team called “{team}” here.</source>
        <translation>hier gibt es kein Team namens „{team}“.</translation>
    </message>
    <message>
        <source>A canned reply needs a title.</source>
        <extracomment>Offered first when the customer reads as frustrated.</extracomment>
        <translation>Ein Textbaustein braucht einen Titel.</translation>
    </message>
    <message>
        <source>The title is too long: at most {MAX_TITLE_CHARS} characters.</source>
        <translation>Der Titel ist zu lang: höchstens {MAX_TITLE_CHARS} Zeichen.</translation>
    </message>
    <message>
        <source>The shortcut /{shortcut} is already used by “{title}”.</source>
        <translation>Das Kürzel /{shortcut} wird bereits von „{title}“ verwendet.</translation>
    </message>
    <message>
        <source>“{category}” is not a category; choose one of: {join}.</source>
        <translation>„{category}“ ist keine Kategorie; wählen Sie eine von: {join}.</translation>
    </message>
    <message>
        <source>“{scope}” is not a scope; choose personal, team or everyone.</source>
        <translation>„{scope}“ ist kein Geltungsbereich; wählen Sie personal, team oder everyone.</translation>
    </message>
    <message>
        <source>A personal reply needs an agent profile; choose “everyone” instead.</source>
        <translation>Ein persönlicher Textbaustein braucht ein Agentenprofil; wählen Sie stattdessen „Alle“.</translation>
    </message>
    <message>
        <source>Choose the team this reply is for.</source>
        <translation>Wählen Sie das Team, für das dieser Textbaustein gilt.</translation>
    </message>
    <message>
        <source>You can only share a reply with a team you work in.</source>
        <translation>Sie können einen Textbaustein nur mit einem Team teilen, in dem Sie arbeiten.</translation>
    </message>
    <message>
        <source>“{language}” is not a language AgentDesk writes in; use {join}.</source>
        <translation>„{language}“ ist keine Sprache, in der AgentDesk schreibt; verwenden Sie {join}.</translation>
    </message>
    <message>
        <source>A canned reply needs its text in at least one language.</source>
        <translation>Ein Textbaustein braucht seinen Text in mindestens einer Sprache.</translation>
    </message>
    <message>
        <source>The agent working at this desk does not exist (any more).</source>
        <translation>Der Agent an diesem Arbeitsplatz existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>That canned reply does not exist (any more).</source>
        <translation>Diesen Textbaustein gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>That conversation does not exist (any more).</source>
        <translation>Diese Anfrage gibt es nicht (mehr).</translation>
    </message>
</context>
<context>
    <name>ReplyPicker</name>
    <message>
        <source>Insert a canned reply</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <source>Search by shortcut, title or words</source>
        <translation>Nach Kürzel, Titel oder Wörtern suchen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>♥ The customer sounds frustrated (%1): empathy and apology replies come first.</source>
        <translation>♥ Der Kunde klingt frustriert (%1): Textbausteine mit Verständnis und Entschuldigung stehen oben.</translation>
    </message>
    <message>
        <source>No canned reply matches “%1”.</source>
        <translation>Kein Textbaustein passt zu „%1“.</translation>
    </message>
    <message>
        <source>No %1 text: the %2 one will be inserted.</source>
        <translation>Kein Text auf %1: Der Text auf %2 wird eingefügt.</translation>
    </message>
    <message>
        <source>%1 · %2 · used %3 times by you</source>
        <translation>%1 · %2 · von Ihnen %3-mal verwendet</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>All conversations</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Stufe {tier}</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>AgentDesk KPI report</source>
        <translation>AgentDesk-Kennzahlenbericht</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Aufgeteilt nach</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Group key</source>
        <translation>Gruppenschlüssel</translation>
    </message>
    <message>
        <source>{name} (minutes)</source>
        <translation>{name} (Minuten)</translation>
    </message>
    <message>
        <source>{name} (%)</source>
        <translation>{name} (%)</translation>
    </message>
    <message>
        <source>{name}: based on</source>
        <translation>{name}: Grundlage</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>1 conversation answered</source>
        <translation>1 Anfrage beantwortet</translation>
    </message>
    <message>
        <source>%1 conversations answered</source>
        <translation>%1 Anfragen beantwortet</translation>
    </message>
    <message>
        <source>1 conversation solved</source>
        <translation>1 Anfrage gelöst</translation>
    </message>
    <message>
        <source>%1 conversations solved</source>
        <translation>%1 Anfragen gelöst</translation>
    </message>
    <message>
        <source>1 conversation created</source>
        <translation>1 Anfrage erstellt</translation>
    </message>
    <message>
        <source>%1 conversations created</source>
        <translation>%1 Anfragen erstellt</translation>
    </message>
    <message>
        <source>1 target decided</source>
        <translation>1 Ziel entschieden</translation>
    </message>
    <message>
        <source>%1 targets decided</source>
        <translation>%1 Ziele entschieden</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>1 earlier customer</source>
        <translation>1 frühere Kundin/früherer Kunde</translation>
    </message>
    <message>
        <source>%1 earlier customers</source>
        <translation>%1 frühere Kunden</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Hours (calendar time)</source>
        <translation>Stunden (Kalenderzeit)</translation>
    </message>
    <message>
        <source>Minutes (calendar time)</source>
        <translation>Minuten (Kalenderzeit)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>First resp.
median</source>
        <translation>Erstreakt.
Median</translation>
    </message>
    <message>
        <source>Resolution
median</source>
        <translation>Lösung
Median</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <source>SLA first
response</source>
        <translation>SLA Erst-
reaktion</translation>
    </message>
    <message>
        <source>SLA reso-
lution</source>
        <translation>SLA
Lösung</translation>
    </message>
    <message>
        <source>Escal-
ated</source>
        <translation>Eska-
liert</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 · %2 (UTC)</source>
        <translation>%1 · %2 (UTC)</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Nach Bearbeiter</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Nach Stufe</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Nach Kanal</translation>
    </message>
    <message>
        <source>(no conversations)</source>
        <translation>(keine Anfragen)</translation>
    </message>
    <message>
        <source>Period: %1 (UTC)</source>
        <translation>Zeitraum: %1 (UTC)</translation>
    </message>
    <message>
        <source>Computed at %1</source>
        <translation>Berechnet am %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>“No data” means there was nothing to measure in the period (for example no survey answers); it is not a zero. What each measure means is explained on the last pages.</source>
        <translation>„Keine Daten“ bedeutet, dass es im Zeitraum nichts zu messen gab (zum Beispiel keine Umfrageantworten); es ist keine Null. Was jede Kennzahl bedeutet, steht auf den letzten Seiten.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Conversations per day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>SLA compliance by target</source>
        <translation>SLA-Einhaltung je Ziel</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erstreaktion</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Nächste Reaktion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Targets met in time (%)</source>
        <translation>Rechtzeitig erreichte Ziele (%)</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>SLA-Ziel</translation>
    </message>
    <message>
        <source>CSAT by team</source>
        <translation>CSAT nach Team</translation>
    </message>
    <message>
        <source>Satisfied answers (%)</source>
        <translation>Zufriedene Antworten (%)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>First response time by channel (median)</source>
        <translation>Erstreaktionszeit nach Kanal (Median)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Resolution by tier (median)</source>
        <translation>Lösungszeit nach Stufe (Median)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>How each measure is computed</source>
        <translation>Wie jede Kennzahl berechnet wird</translation>
    </message>
    <message>
        <source>Conversations count under their current agent, team, tier and channel. Merged and deleted conversations are left out. Business hours are those of the calendar of each conversation&apos;s SLA policy.</source>
        <translation>Anfragen zählen beim aktuellen Bearbeiter, Team, bei der aktuellen Stufe und dem Kanal. Zusammengeführte und gelöschte Anfragen bleiben außen vor. Geschäftszeiten sind die des Kalenders der SLA-Richtlinie jeder Anfrage.</translation>
    </message>
</context>
<context>
    <name>RoutingErrors</name>
    <message>
        <source>That rule does not exist (it may have been deleted).</source>
        <translation>Diese Regel gibt es nicht (vielleicht wurde sie gelöscht).</translation>
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation>Eine Regel braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long (at most {n} characters).</source>
        <translation>Der Name ist zu lang (höchstens {n} Zeichen).</translation>
    </message>
    <message>
        <source>A change&apos;s “{which}” must be a value as text.</source>
        <translation>„{which}“ einer Änderung muss ein Wert als Text sein.</translation>
    </message>
    <message>
        <source>A {field} change can be to or from {join} only.</source>
        <translation>Eine Änderung von {field} kann nur von oder zu {join} gehen.</translation>
    </message>
    <message>
        <source>A {field} change names an id that is not valid.</source>
        <translation>Eine Änderung von {field} nennt eine ungültige ID.</translation>
    </message>
    <message>
        <source>{key} must be a list of at most {n} entries.</source>
        <translation>{key} muss eine Liste mit höchstens {n} Einträgen sein.</translation>
    </message>
    <message>
        <source>A change has a field and, if wanted, “to” and “from”.</source>
        <translation>Eine Änderung hat ein Feld und bei Bedarf „to“ und „from“.</translation>
    </message>
    <message>
        <source>A change&apos;s field is one of {join}.</source>
        <translation>Das Feld einer Änderung ist eines von {join}.</translation>
    </message>
    <message>
        <source>A tag change names its tag with “to” only.</source>
        <translation>Eine Schlagwort-Änderung nennt ihr Schlagwort nur mit „to“.</translation>
    </message>
    <message>
        <source>{key} can hold only {join}.</source>
        <translation>{key} kann nur {join} enthalten.</translation>
    </message>
    <message>
        <source>The conditions must be a JSON object.</source>
        <translation>Die Bedingungen müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Unknown condition: {name!r}.</source>
        <translation>Unbekannte Bedingung: {name!r}.</translation>
    </message>
    <message>
        <source>A mailbox in the conditions is not a valid id.</source>
        <translation>Ein Postfach in den Bedingungen hat keine gültige ID.</translation>
    </message>
    <message>
        <source>Words must be text.</source>
        <translation>Wörter müssen Text sein.</translation>
    </message>
    <message>
        <source>{word!r} is not one word (letters and digits, at most {n}).</source>
        <translation>{word!r} ist kein einzelnes Wort (Buchstaben und Ziffern, höchstens {n}).</translation>
    </message>
    <message>
        <source>An organisation must be a name of at most 200 characters.</source>
        <translation>Eine Organisation ist ein Name mit höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>Words are looked for in the subject, the message or both.</source>
        <translation>Wörter werden im Betreff, in der Nachricht oder in beidem gesucht.</translation>
    </message>
    <message>
        <source>A routing rule cannot insert a canned reply.</source>
        <translation>Eine Zuleitungsregel kann keinen Textbaustein einfügen.</translation>
    </message>
    <message>
        <source>A routing rule cannot assign to “me”; choose an agent or automatic assignment.</source>
        <translation>Eine Zuleitungsregel kann nicht „mir“ zuweisen; wählen Sie einen Agenten oder die automatische Zuweisung.</translation>
    </message>
    <message>
        <source>A rule needs at least one action.</source>
        <translation>Eine Regel braucht mindestens eine Aktion.</translation>
    </message>
    <message>
        <source>A rule runs on arrival, on a customer&apos;s message, when an agent changes the conversation, or on several of these.</source>
        <translation>Eine Regel läuft beim Eingang, bei einer Nachricht des Kunden, wenn ein Agent die Anfrage ändert, oder bei mehreren davon.</translation>
    </message>
    <message>
        <source>The SLA policy of this rule is not a valid id.</source>
        <translation>Die SLA-Richtlinie dieser Regel ist keine gültige ID.</translation>
    </message>
    <message>
        <source>The SLA policy of this rule no longer exists.</source>
        <translation>Die SLA-Richtlinie dieser Regel gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>RoutingRules</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Schlagwort hinzugefügt</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>Schlagwort entfernt</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 geändert von %2 zu %3</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>zu</translation>
    </message>
    <message>
        <source>Remove this change</source>
        <translation>Diese Änderung entfernen</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>beliebiges Schlagwort</translation>
    </message>
    <message>
        <source>Add a change</source>
        <translation>Änderung hinzufügen</translation>
    </message>
    <message>
        <source>Chosen by the policies&apos; conditions</source>
        <translation>Nach den Bedingungen der Richtlinien</translation>
    </message>
    <message>
        <source>The conversation counts under this policy until a rule changes it, whatever the policies&apos; own conditions say</source>
        <translation>Die Anfrage zählt nach dieser Richtlinie, bis eine Regel sie ändert – gleich, was die Bedingungen der Richtlinien sagen</translation>
    </message>
    <message>
        <source>a deleted policy</source>
        <translation>eine gelöschte Richtlinie</translation>
    </message>
</context>
<context>
    <name>RoutingRulesDialog</name>
    <message>
        <source>Routing rules</source>
        <translation>Zuleitungsregeln</translation>
    </message>
    <message>
        <source>Rules run from top to bottom when a conversation arrives, the customer writes again or an agent changes it; each rule at most once, and what they change never starts them again.</source>
        <translation>Regeln laufen von oben nach unten, wenn eine Anfrage ankommt, der Kunde erneut schreibt oder ein Agent sie ändert; jede Regel höchstens einmal, und was sie ändern, startet sie nie erneut.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A conversation arrives</source>
        <translation>Eine Anfrage kommt an</translation>
    </message>
    <message>
        <source>The customer writes again</source>
        <translation>Der Kunde schreibt erneut</translation>
    </message>
    <message>
        <source>An agent changes it</source>
        <translation>Ein Agent ändert sie</translation>
    </message>
    <message>
        <source>A change of status, priority, tier, team, assignee or tags: by hand, in a bulk action or by a macro</source>
        <translation>Eine Änderung von Status, Priorität, Stufe, Team, Zuständigkeit oder Schlagwörtern: von Hand, als Sammelaktion oder durch ein Makro</translation>
    </message>
    <message>
        <source>Runs when:</source>
        <translation>Läuft, wenn:</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Conditions (all must hold; an empty one is not checked)</source>
        <translation>Bedingungen (alle müssen zutreffen; leere werden nicht geprüft)</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation>Postfach:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Organisations, separated by commas</source>
        <translation>Organisationen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>invoice, rechnung*, faktura</source>
        <translation>rechnung*, invoice, faktura</translation>
    </message>
    <message>
        <source>Any of these words; a word ending in * also matches longer words</source>
        <translation>Eines dieser Wörter; ein Wort mit * am Ende passt auch auf längere Wörter</translation>
    </message>
    <message>
        <source>in the subject or the message</source>
        <translation>in Betreff oder Nachricht</translation>
    </message>
    <message>
        <source>in the subject</source>
        <translation>im Betreff</translation>
    </message>
    <message>
        <source>in the message</source>
        <translation>in der Nachricht</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>Wörter:</translation>
    </message>
    <message>
        <source>Any of these tags</source>
        <translation>Eines dieser Schlagwörter</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>When an agent changes it: any one of these changes (none listed: any change)</source>
        <translation>Wenn ein Agent sie ändert: eine dieser Änderungen genügt (keine angegeben: jede Änderung)</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>SLA &amp;policy:</source>
        <translation>SLA-&amp;Richtlinie:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(aus)</translation>
    </message>
    <message>
        <source>SLA policy: %1</source>
        <translation>SLA-Richtlinie: %1</translation>
    </message>
</context>
<context>
    <name>SavedListModel</name>
    <message>
        <source>Open conversations of the team %1</source>
        <translation>Offene Anfragen des Teams %1</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Shared view (%1) · right-click to edit</source>
        <translation>Geteilte Ansicht (%1) · Rechtsklick zum Bearbeiten</translation>
    </message>
    <message>
        <source>Your own view · right-click to edit</source>
        <translation>Ihre eigene Ansicht · Rechtsklick zum Bearbeiten</translation>
    </message>
</context>
<context>
    <name>SavedViewsPart</name>
    <message>
        <source>Save search as view…</source>
        <translation>Suche als Ansicht speichern…</translation>
    </message>
    <message>
        <source>New view…</source>
        <translation>Neue Ansicht…</translation>
    </message>
    <message>
        <source>Every agent&apos;s follow-ups</source>
        <translation>Wiedervorlagen aller Agenten</translation>
    </message>
    <message>
        <source>Save as view</source>
        <translation>Als Ansicht speichern</translation>
    </message>
    <message>
        <source>Save this search&apos;s fields as a view (Ctrl+Alt+V)</source>
        <translation>Die Felder dieser Suche als Ansicht speichern (Strg+Alt+V)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Open conversations of the team %1</source>
        <translation>Offene Anfragen des Teams %1</translation>
    </message>
    <message>
        <source>%1 – AgentDesk</source>
        <translation>%1 – AgentDesk</translation>
    </message>
    <message>
        <source>Choose who works at this desk in Settings to save views.</source>
        <translation>Wählen Sie in den Einstellungen, wer an diesem Arbeitsplatz arbeitet, um Ansichten zu speichern.</translation>
    </message>
    <message>
        <source>New view</source>
        <translation>Neue Ansicht</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The conversations in it stay as they are.</source>
        <translation>Die Ansicht „%1“ löschen? Die Anfragen darin bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Bring back the view “%1”</source>
        <translation>Ansicht „%1“ wiederherstellen</translation>
    </message>
    <message>
        <source>View “%1” deleted.</source>
        <translation>Ansicht „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search conversations, customers, messages…  %1</source>
        <translation>Anfragen, Kunden, Nachrichten suchen…  %1</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>PIN or password for %1</source>
        <translation>PIN oder Passwort für %1</translation>
    </message>
    <message>
        <source>A PIN of at least 4 digits or a password of at least 8 characters. Tell it to %1 in person; AgentDesk keeps only a hash of it.</source>
        <translation>Eine PIN mit mindestens 4 Ziffern oder ein Passwort mit mindestens 8 Zeichen. Teilen Sie es %1 persönlich mit; AgentDesk speichert nur einen Hash davon.</translation>
    </message>
    <message>
        <source>&amp;New PIN or password:</source>
        <translation>&amp;Neue PIN oder neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two entries differ; type the same one twice.</source>
        <translation>Die beiden Eingaben unterscheiden sich; geben Sie zweimal dasselbe ein.</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerChecks</name>
    <message>
        <source>The server does not offer TLS at all (ssl = off): every desk&apos;s password and the customers&apos; data cross the network readable. Give it a certificate and set ssl = on.</source>
        <translation>Der Server bietet überhaupt kein TLS an (ssl = off): Die Passwörter aller Arbeitsplätze und die Kundendaten gehen lesbar durchs Netz. Geben Sie ihm ein Zertifikat und setzen Sie ssl = on.</translation>
    </message>
    <message>
        <source>pg_hba.conf line {line}: logins from {where} need no password at all (trust).</source>
        <translation>pg_hba.conf Zeile {line}: Anmeldungen von {where} brauchen überhaupt kein Passwort (trust).</translation>
    </message>
    <message>
        <source>pg_hba.conf line {line}: logins from {where} send the password in plain text (method password); use scram-sha-256.</source>
        <translation>pg_hba.conf Zeile {line}: Anmeldungen von {where} senden das Passwort im Klartext (Methode password); verwenden Sie scram-sha-256.</translation>
    </message>
    <message>
        <source>pg_hba.conf line {line}: logins from {where} are accepted without TLS; use hostssl.</source>
        <translation>pg_hba.conf Zeile {line}: Anmeldungen von {where} werden ohne TLS angenommen; verwenden Sie hostssl.</translation>
    </message>
    <message>
        <source>Could not set password encryption to SCRAM-SHA-256 with this login; ask the server&apos;s admin to set password_encryption = &apos;scram-sha-256&apos;.</source>
        <translation>Mit dieser Anmeldung ließ sich die Passwortverschlüsselung nicht auf SCRAM-SHA-256 setzen; bitten Sie den Admin des Servers, password_encryption = &apos;scram-sha-256&apos; zu setzen.</translation>
    </message>
    <message>
        <source>Passwords are stored as SCRAM-SHA-256.</source>
        <translation>Passwörter werden als SCRAM-SHA-256 gespeichert.</translation>
    </message>
    <message>
        <source>These logins still have an MD5 password; give each a new one: {logins}.</source>
        <translation>Diese Anmeldungen haben noch ein MD5-Passwort; geben Sie jeder ein neues: {logins}.</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s login rules (pg_hba.conf needs a superuser); check yourself that no other machine may log in without a password or without TLS.</source>
        <translation>Die Anmelderegeln des Servers ließen sich nicht lesen (pg_hba.conf braucht einen Superuser); prüfen Sie selbst, dass sich kein anderer Rechner ohne Passwort oder ohne TLS anmelden kann.</translation>
    </message>
    <message>
        <source>Logins from other machines need a password and TLS.</source>
        <translation>Anmeldungen von anderen Rechnern brauchen ein Passwort und TLS.</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>AgentDesk keeps working on this computer&apos;s copy; with a server it shares the team&apos;s queues and syncs in the background, also after working offline.</source>
        <translation>AgentDesk arbeitet weiter mit der Kopie auf diesem Rechner; mit einem Server teilt es die Warteschlangen des Teams und synchronisiert im Hintergrund, auch nach dem Offline-Arbeiten.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>agentdesk.yourshop.example</source>
        <translation>agentdesk.ihrshop.example</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>agentdesk</source>
        <translation>agentdesk</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>&amp;Verschlüsselung</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>&amp;Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>this computer&apos;s trusted authorities</source>
        <translation>die vertrauenswürdigen Stellen dieses Computers</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>T&amp;rusted network: allow a connection whose certificate is not checked</source>
        <translation>&amp;Vertrauenswürdiges Netz: Verbindung ohne Zertifikatsprüfung erlauben</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>your own server login, from the shop&apos;s admin</source>
        <translation>Ihre eigene Server-Anmeldung, vom Admin des Shops</translation>
    </message>
    <message>
        <source>P&amp;assword</source>
        <translation>P&amp;asswort</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source>Verified: encrypted, certificate checked (recommended)</source>
        <translation>Geprüft: verschlüsselt, Zertifikat geprüft (empfohlen)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>Verschlüsselt, Zertifikat nicht geprüft</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Verschlüsselt, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Off: not encrypted</source>
        <translation>Aus: nicht verschlüsselt</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>The server has no login “{user}”; ask its admin to add you (agentdesk server add-agent).</source>
        <translation>Der Server hat keine Anmeldung „{user}“; bitten Sie den Administrator, Sie hinzuzufügen (agentdesk server add-agent).</translation>
    </message>
    <message>
        <source>The encrypted connection to {server} failed; check the encryption setting.</source>
        <translation>Die verschlüsselte Verbindung zu {server} ist fehlgeschlagen; prüfen Sie die Verschlüsselungseinstellung.</translation>
    </message>
    <message>
        <source>Server unreachable ({server}): check the address and the network.</source>
        <translation>Server nicht erreichbar ({server}): Prüfen Sie die Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>Connected to {server}: an AgentDesk server this version can sync with.</source>
        <translation>Verbunden mit {server}: ein AgentDesk-Server, mit dem diese Version synchronisieren kann.</translation>
    </message>
    <message>
        <source>Server connection</source>
        <translation>Serververbindung</translation>
    </message>
    <message>
        <source>Pin this certificate: refuse to connect if it ever changes</source>
        <translation>Dieses Zertifikat festhalten: keine Verbindung, falls es sich ändert</translation>
    </message>
    <message>
        <source>Accept the new certificate</source>
        <translation>Neues Zertifikat akzeptieren</translation>
    </message>
    <message>
        <source>No system keyring is available here: the password is kept until AgentDesk closes and asked for again at the next start.</source>
        <translation>Hier ist kein Schlüsselbund verfügbar: Das Passwort bleibt bis zum Schließen von AgentDesk erhalten und wird beim nächsten Start erneut abgefragt.</translation>
    </message>
    <message>
        <source>Never kept in a file or a log.</source>
        <translation>Nie in einer Datei oder einem Protokoll gespeichert.</translation>
    </message>
    <message>
        <source>unchanged (type to replace)</source>
        <translation>unverändert (zum Ersetzen tippen)</translation>
    </message>
    <message>
        <source>Test the connection first: the certificate it shows is the one pinned.</source>
        <translation>Testen Sie zuerst die Verbindung: Das dabei angezeigte Zertifikat wird festgehalten.</translation>
    </message>
    <message>
        <source>This computer will connect only to a server presenting this certificate, even if an authority vouches for another; renewing it needs your acceptance here.</source>
        <translation>Dieser Computer verbindet sich nur mit einem Server, der dieses Zertifikat vorlegt, auch wenn eine Zertifizierungsstelle für ein anderes bürgt; ein erneuertes Zertifikat müssen Sie hier akzeptieren.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network between this computer and the server can read and change what is synced, your password included. Only on the office&apos;s own network.</source>
        <translation>Nicht verschlüsselt: Jeder im Netz zwischen diesem Computer und dem Server kann mitlesen und ändern, was synchronisiert wird – auch Ihr Passwort. Nur im eigenen Büronetz verwenden.</translation>
    </message>
    <message>
        <source>The certificate is not checked: someone on the network between this computer and the server could pose as the server and read your password and the customers&apos; data. Only on the office&apos;s own network.</source>
        <translation>Das Zertifikat wird nicht geprüft: Jemand im Netz zwischen diesem Computer und dem Server könnte sich als Server ausgeben und Ihr Passwort und die Kundendaten mitlesen. Nur im eigenen Büronetz verwenden.</translation>
    </message>
    <message>
        <source>Certificate authority from the shop&apos;s admin</source>
        <translation>Zertifizierungsstelle vom Admin des Shops</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Enter your server login (the shop&apos;s admin gives you one).</source>
        <translation>Geben Sie Ihre Server-Anmeldung ein (Sie erhalten sie vom Admin des Shops).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read.</source>
        <translation>Die Datei der Zertifizierungsstelle %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>Die Verbindung ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Certificate of %1, issued by %2. SHA-256 fingerprint: %3</source>
        <translation>Zertifikat von %1, ausgestellt von %2. SHA-256-Fingerabdruck: %3</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>No agents yet</source>
        <translation>Noch keine Agenten</translation>
    </message>
    <message>
        <source>Another agent signs in with File → Switch agent… (Ctrl+Shift+O).</source>
        <translation>Ein anderer Agent meldet sich über Datei → Agent wechseln… an (Strg+Umschalt+O).</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Applied the next time AgentDesk starts; drafts are kept.</source>
        <translation>Wirksam beim nächsten Start von AgentDesk; Entwürfe bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A conversation in a language without its own signature gets the one for every language.</source>
        <translation>Eine Anfrage in einer Sprache ohne eigene Signatur erhält die für alle Sprachen.</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>Signature fo&amp;r:</source>
        <translation>Signatur &amp;für:</translation>
    </message>
    <message>
        <source>Added once under your replies by email, above the mailbox&apos;s footer. Placeholders: %1.</source>
        <translation>Wird einmal unter Ihre Antworten per E-Mail gesetzt, über der Fußzeile des Postfachs. Platzhalter: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>AgentDesk speaks the new language the next time it starts. Your drafts are kept.</source>
        <translation>AgentDesk verwendet die neue Sprache ab dem nächsten Start. Ihre Entwürfe bleiben erhalten.</translation>
    </message>
    <message>
        <source>AgentDesk speaks the new language after a restart. Restart now? Your drafts are saved first and kept.</source>
        <translation>AgentDesk verwendet die neue Sprache nach einem Neustart. Jetzt neu starten? Ihre Entwürfe werden vorher gespeichert und bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>At this desk</source>
        <translation>An diesem Arbeitsplatz</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>Who works at this desk: replies, notes and changes are recorded as theirs, and &quot;My open&quot; lists their conversations.</source>
        <translation>Wer an diesem Arbeitsplatz arbeitet: Antworten, Notizen und Änderungen werden unter diesem Namen gespeichert, und „Meine offenen“ listet dessen Anfragen.</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>Added below this agent&apos;s replies. Kept on this computer, for each agent separately.</source>
        <translation>Wird unter den Antworten dieses Agenten eingefügt. Auf diesem Rechner gespeichert, für jeden Agenten getrennt.</translation>
    </message>
    <message>
        <source>Best regards,
Your name</source>
        <translation>Mit freundlichen Grüßen
Ihr Name</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Light, dark, or whatever the desktop is set to. Applied at once.</source>
        <translation>Hell, dunkel oder wie im Desktop eingestellt. Wird sofort übernommen.</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>The size of text throughout the window, in points. Applied at once.</source>
        <translation>Die Textgröße im gesamten Fenster, in Punkt. Wird sofort übernommen.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Single letters work where no text box has the keyboard. In the composer, type / and a few letters to insert a canned reply.</source>
        <translation>Einzelne Buchstaben funktionieren, wenn kein Textfeld den Fokus hat. Tippen Sie im Antwortfeld / und ein paar Buchstaben, um einen Textbaustein einzufügen.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>TEAMS &amp; VIEWS</source>
        <translation>TEAMS &amp; ANSICHTEN</translation>
    </message>
    <message>
        <source>New view…</source>
        <translation>Neue Ansicht…</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>ANSICHTEN</translation>
    </message>
    <message>
        <source>CHANNELS</source>
        <translation>KANÄLE</translation>
    </message>
    <message>
        <source>Show only %1 conversations (several channels can be on)</source>
        <translation>Nur Anfragen im Kanal %1 anzeigen (mehrere Kanäle möglich)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Show every channel again</source>
        <translation>Wieder alle Kanäle anzeigen</translation>
    </message>
    <message>
        <source>Edit view…</source>
        <translation>Ansicht bearbeiten…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to AgentDesk</source>
        <translation>Bei AgentDesk anmelden</translation>
    </message>
    <message>
        <source>The desk is locked. Who works here now?</source>
        <translation>Der Arbeitsplatz ist gesperrt. Wer arbeitet jetzt hier?</translation>
    </message>
    <message>
        <source>Who works here?</source>
        <translation>Wer arbeitet hier?</translation>
    </message>
    <message>
        <source>Everyone&apos;s drafts are kept; each agent sees their own.</source>
        <translation>Alle Entwürfe bleiben erhalten; jeder Agent sieht nur die eigenen.</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN oder Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Stay signed in on this computer</source>
        <translation>An diesem Computer angemeldet &amp;bleiben</translation>
    </message>
    <message>
        <source>For a shop of one: AgentDesk opens without asking until someone else gets a PIN.</source>
        <translation>Für Ein-Personen-Betriebe: AgentDesk öffnet ohne Nachfrage, bis jemand anderes eine PIN erhält.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Quit AgentDesk</source>
        <translation>AgentDesk &amp;beenden</translation>
    </message>
    <message>
        <source>Nobody can sign in: there is no active agent.</source>
        <translation>Niemand kann sich anmelden: Es gibt keinen aktiven Agenten.</translation>
    </message>
    <message>
        <source>&amp;New PIN or password:</source>
        <translation>&amp;Neue PIN oder neues Passwort:</translation>
    </message>
    <message>
        <source>%1 has none yet: choose a PIN of at least 4 digits or a password of at least 8 characters. Only an admin can reset it later.</source>
        <translation>%1 hat noch keines: Wählen Sie eine PIN mit mindestens 4 Ziffern oder ein Passwort mit mindestens 8 Zeichen. Später kann nur ein Admin es zurücksetzen.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1.</source>
        <translation>Zu viele falsche Versuche. Erneut versuchen in %1.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>Size</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>SlaAlerts</name>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>%1 is overdue</source>
        <translation>%1 ist überfällig</translation>
    </message>
    <message>
        <source>%1 was due at %2: %3</source>
        <translation>%1 war um %2 fällig: %3</translation>
    </message>
    <message>
        <source>%1 is due soon</source>
        <translation>%1 ist bald fällig</translation>
    </message>
    <message>
        <source>%1 is due soon (warning since %2): %3</source>
        <translation>%1 ist bald fällig (Warnung seit %2): %3</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>(moved to tier %1 automatically)</source>
        <translation>(automatisch in Stufe %1 verschoben)</translation>
    </message>
</context>
<context>
    <name>SlaChips</name>
    <message>
        <source>met late</source>
        <translation>verspätet erfüllt</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>%1: met at %2</source>
        <translation>%1: erfüllt um %2</translation>
    </message>
    <message>
        <source>%1: met late, at %2</source>
        <translation>%1: verspätet erfüllt, um %2</translation>
    </message>
    <message>
        <source>overdue by %1 of business time</source>
        <translation>um %1 Geschäftszeit überfällig</translation>
    </message>
    <message>
        <source>%1 of business time left</source>
        <translation>noch %1 Geschäftszeit</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>pausiert: %1</translation>
    </message>
    <message>
        <source>No SLA policy applies to this conversation.</source>
        <translation>Für diese Anfrage gilt keine SLA-Richtlinie.</translation>
    </message>
    <message>
        <source>This conversation&apos;s SLA policy sets no targets.</source>
        <translation>Die SLA-Richtlinie dieser Anfrage legt keine Ziele fest.</translation>
    </message>
    <message>
        <source>Chips count down to the due time on the clock; amber: due within the hour; red: overdue; grey: paused.</source>
        <translation>Die Chips zählen bis zur Fälligkeit herunter; orange: innerhalb der nächsten Stunde fällig; rot: überfällig; grau: pausiert.</translation>
    </message>
    <message>
        <source>Business time counts only while the calendar is open.</source>
        <translation>Geschäftszeit zählt nur, solange der Kalender geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>SlaDelegate</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>SlaEditorDialog</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>SLA policies and calendars</source>
        <translation>SLA-Richtlinien und Kalender</translation>
    </message>
    <message>
        <source>none</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> % of the target</source>
        <translation> % des Ziels</translation>
    </message>
    <message>
        <source>no share</source>
        <translation>kein Anteil</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <source>at the warning of</source>
        <translation>bei Warnung</translation>
    </message>
    <message>
        <source>at the breach of</source>
        <translation>bei Verstoß</translation>
    </message>
    <message>
        <source>= %1 (business time; a day is 8 hours)</source>
        <translation>= %1 (Geschäftszeit; ein Tag hat 8 Stunden)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Neue Richtlinie</translation>
    </message>
    <message>
        <source>New policy %1</source>
        <translation>Neue Richtlinie %1</translation>
    </message>
    <message>
        <source>Around the clock (no calendar)</source>
        <translation>Rund um die Uhr (kein Kalender)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>No holidays or closed dates ahead.</source>
        <translation>Keine anstehenden Feiertage oder Schließtage.</translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>Neuer Kalender</translation>
    </message>
    <message>
        <source>The calendar %1 is used by %2 policies; choose another calendar for them first.</source>
        <translation>Der Kalender %1 wird von %2 Richtlinien verwendet; wählen Sie für diese zuerst einen anderen Kalender.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>Calendars (*.json);;All files (*)</source>
        <translation>Kalender (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendars (*.json)</source>
        <translation>Kalender (*.json)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a calendar: %2</source>
        <translation>%1 ist kein Kalender: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SlaEditorForm</name>
    <message>
        <source>&amp;Policies</source>
        <translation>&amp;Richtlinien</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Try this policy earlier (first match wins)</source>
        <translation>Diese Richtlinie früher prüfen (der erste Treffer gilt)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Try this policy later (first match wins)</source>
        <translation>Diese Richtlinie später prüfen (der erste Treffer gilt)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Gilt für:</translation>
    </message>
    <message>
        <source>Nothing checked in a list means any value.</source>
        <translation>Ist in einer Liste nichts markiert, gilt jeder Wert.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Erstreaktion:</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erstreaktion</translation>
    </message>
    <message>
        <source>Next response:</source>
        <translation>Nächste Reaktion:</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Nächste Reaktion</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <source>&amp;Warn when left:</source>
        <translation>&amp;Warnen bei Rest:</translation>
    </message>
    <message>
        <source>Warning share</source>
        <translation>Warnanteil</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>Warning minutes</source>
        <translation>Warnminuten</translation>
    </message>
    <message>
        <source>A&amp;utomatically:</source>
        <translation>A&amp;utomatisch:</translation>
    </message>
    <message>
        <source>act</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Automatic escalation</source>
        <translation>Automatische Eskalation</translation>
    </message>
    <message>
        <source>Automatic escalation trigger</source>
        <translation>Auslöser der automatischen Eskalation</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>Erstreaktion</translation>
    </message>
    <message>
        <source>Automatic escalation on first response</source>
        <translation>Automatische Eskalation bei Erstreaktion</translation>
    </message>
    <message>
        <source>next response</source>
        <translation>nächste Reaktion</translation>
    </message>
    <message>
        <source>Automatic escalation on next response</source>
        <translation>Automatische Eskalation bei nächster Reaktion</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Automatic escalation on resolution</source>
        <translation>Automatische Eskalation bei Lösung</translation>
    </message>
    <message>
        <source>move one tier up</source>
        <translation>eine Stufe höher</translation>
    </message>
    <message>
        <source>Escalate automatically</source>
        <translation>Automatisch eskalieren</translation>
    </message>
    <message>
        <source>notify supervisors</source>
        <translation>Teamleitung benachrichtigen</translation>
    </message>
    <message>
        <source>Notify supervisors</source>
        <translation>Teamleitung benachrichtigen</translation>
    </message>
    <message>
        <source>At most once per conversation and target. Tier 3 goes no higher: then supervisors are only notified.</source>
        <translation>Höchstens einmal je Anfrage und Ziel. Über Stufe 3 geht es nicht hinaus: Dann wird nur die Teamleitung benachrichtigt.</translation>
    </message>
    <message>
        <source>Ca&amp;lendars</source>
        <translation>Ka&amp;lender</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Zei&amp;tzone:</translation>
    </message>
    <message>
        <source>Opening hours, e.g. 08:00-12:00, 13:00-17:00; leave empty when closed.</source>
        <translation>Öffnungszeiten, z. B. 08:00-12:00, 13:00-17:00; leer lassen, wenn geschlossen.</translation>
    </message>
    <message>
        <source>&amp;Monday:</source>
        <translation>&amp;Montag:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>&amp;Tuesday:</source>
        <translation>&amp;Dienstag:</translation>
    </message>
    <message>
        <source>W&amp;ednesday:</source>
        <translation>Mitt&amp;woch:</translation>
    </message>
    <message>
        <source>T&amp;hursday:</source>
        <translation>Do&amp;nnerstag:</translation>
    </message>
    <message>
        <source>&amp;Friday:</source>
        <translation>F&amp;reitag:</translation>
    </message>
    <message>
        <source>&amp;Saturday:</source>
        <translation>&amp;Samstag:</translation>
    </message>
    <message>
        <source>S&amp;unday:</source>
        <translation>S&amp;onntag:</translation>
    </message>
    <message>
        <source>Ho&amp;lidays of:</source>
        <translation>Feiert&amp;age von:</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>z. B. DE</translation>
    </message>
    <message>
        <source>Holiday country</source>
        <translation>Feiertagsland</translation>
    </message>
    <message>
        <source>&amp;Subdivision:</source>
        <translation>&amp;Bundesland:</translation>
    </message>
    <message>
        <source>e.g. BY</source>
        <translation>z. B. BY</translation>
    </message>
    <message>
        <source>Holiday subdivision</source>
        <translation>Bundesland für Feiertage</translation>
    </message>
    <message>
        <source>&amp;Closed dates:</source>
        <translation>S&amp;chließtage:</translation>
    </message>
    <message>
        <source>2026-12-24, 2026-12-31</source>
        <translation>2026-12-24, 2026-12-31</translation>
    </message>
    <message>
        <source>Next closed days</source>
        <translation>Nächste Schließtage</translation>
    </message>
</context>
<context>
    <name>SlaErrors</name>
    <message>
        <source>{where}: {value!r} is not a time of day (write HH:MM, from 00:00 to 24:00).</source>
        <translation>{where}: {value!r} ist keine Uhrzeit (schreiben Sie HH:MM, von 00:00 bis 24:00).</translation>
    </message>
    <message>
        <source>week: must be an object like {&quot;mon&quot;: [[&quot;08:00&quot;, &quot;17:00&quot;]]}.</source>
        <translation>week: muss ein Objekt wie {&quot;mon&quot;: [[&quot;08:00&quot;, &quot;17:00&quot;]]} sein.</translation>
    </message>
    <message>
        <source>week.{key}: unknown weekday (use {join}).</source>
        <translation>week.{key}: unbekannter Wochentag (verwenden Sie {join}).</translation>
    </message>
    <message>
        <source>week.{key}: must be a list of intervals like [[&quot;08:00&quot;, &quot;17:00&quot;]].</source>
        <translation>week.{key}: muss eine Liste von Intervallen wie [[&quot;08:00&quot;, &quot;17:00&quot;]] sein.</translation>
    </message>
    <message>
        <source>{where}: an interval is a pair of times like [&quot;08:00&quot;, &quot;12:00&quot;].</source>
        <translation>{where}: Ein Intervall ist ein Paar von Zeiten wie [&quot;08:00&quot;, &quot;12:00&quot;].</translation>
    </message>
    <message>
        <source>{where}: an interval cannot start at &apos;24:00&apos; (start the next day at &apos;00:00&apos;).</source>
        <translation>{where}: Ein Intervall kann nicht um &apos;24:00&apos; beginnen (beginnen Sie am nächsten Tag um &apos;00:00&apos;).</translation>
    </message>
    <message>
        <source>{where}: {interval!r}–{interval2!r} is empty.</source>
        <translation>{where}: {interval!r}–{interval2!r} ist leer.</translation>
    </message>
    <message>
        <source>week: the calendar has no opening hours at all; open at least one day.</source>
        <translation>week: Der Kalender hat überhaupt keine Öffnungszeiten; öffnen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <source>holidays: must be an object like {&quot;country&quot;: &quot;DE&quot;, &quot;subdivision&quot;: &quot;BY&quot;}.</source>
        <translation>holidays: muss ein Objekt wie {&quot;country&quot;: &quot;DE&quot;, &quot;subdivision&quot;: &quot;BY&quot;} sein.</translation>
    </message>
    <message>
        <source>holidays.{key}: unknown key (use country and subdivision).</source>
        <translation>holidays.{key}: unbekannter Schlüssel (verwenden Sie country und subdivision).</translation>
    </message>
    <message>
        <source>closed: must be a list of dates like [&quot;2026-12-24&quot;].</source>
        <translation>closed: muss eine Liste von Daten wie [&quot;2026-12-24&quot;] sein.</translation>
    </message>
    <message>
        <source>closed[{index}]: {item!r} is not a date (write YYYY-MM-DD).</source>
        <translation>closed[{index}]: {item!r} ist kein Datum (schreiben Sie JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>timezone: missing; give an IANA time zone such as &quot;Europe/Berlin&quot;.</source>
        <translation>timezone: fehlt; geben Sie eine IANA-Zeitzone wie &quot;Europe/Berlin&quot; an.</translation>
    </message>
    <message>
        <source>A business calendar must be a JSON object.</source>
        <translation>Ein Geschäftskalender muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>{value}: {phrase}.</source>
        <translation>{value}: {phrase}.</translation>
    </message>
    <message>
        <source>{key}: unknown key (a calendar has {join}).</source>
        <translation>{key}: unbekannter Schlüssel (ein Kalender hat {join}).</translation>
    </message>
    <message>
        <source>The calendar is not text.</source>
        <translation>Der Kalender ist kein Text.</translation>
    </message>
    <message>
        <source>The calendar cannot be used: {exc}.</source>
        <translation>Der Kalender kann nicht verwendet werden: {exc}.</translation>
    </message>
    <message>
        <source>The calendar is not valid JSON: {shown}.</source>
        <translation>Der Kalender ist kein gültiges JSON: {shown}.</translation>
    </message>
    <message>
        <source>The calendar does not open within {HORIZON_YEARS} years.</source>
        <translation>Der Kalender öffnet nicht innerhalb von {HORIZON_YEARS} Jahren.</translation>
    </message>
    <message>
        <source>The time lies outside the years a calendar can count (2–9998).</source>
        <translation>Die Zeit liegt außerhalb der Jahre, die ein Kalender zählen kann (2–9998).</translation>
    </message>
    <message>
        <source>Policy {name!r}: {exc}</source>
        <translation>Richtlinie {name!r}: {exc}</translation>
    </message>
    <message>
        <source>A calendar needs a name.</source>
        <translation>Ein Kalender braucht einen Namen.</translation>
    </message>
    <message>
        <source>Calendar {strip!r}: {exc}</source>
        <translation>Kalender {strip!r}: {exc}</translation>
    </message>
    <message>
        <source>Two {kind} are called {strip!r}; give each its own name.</source>
        <translation>Zwei {kind} heißen {strip!r}; geben Sie jedem einen eigenen Namen.</translation>
    </message>
    <message>
        <source>The calendar {name!r} was deleted meanwhile.</source>
        <translation>Der Kalender {name!r} wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Policy {name!r}: its calendar does not exist (any more).</source>
        <translation>Richtlinie {name!r}: Ihr Kalender existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The policy {name!r} was deleted meanwhile.</source>
        <translation>Die Richtlinie {name!r} wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The name {name!r} belongs to a deleted {kind}; choose another name.</source>
        <translation>Der Name {name!r} gehört zu einem gelöschten Eintrag ({kind}); wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Another {kind} is already called {name!r}.</source>
        <translation>Ein anderer Eintrag ({kind}) heißt bereits {name!r}.</translation>
    </message>
    <message>
        <source>The policy does not exist.</source>
        <translation>Die Richtlinie existiert nicht.</translation>
    </message>
    <message>
        <source>The calendar does not exist.</source>
        <translation>Der Kalender existiert nicht.</translation>
    </message>
    <message>
        <source>A policy to reorder does not exist (any more).</source>
        <translation>Eine neu zu ordnende Richtlinie existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The policy does not exist (any more).</source>
        <translation>Die Richtlinie existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>match: must be an object like {&quot;channel&quot;: [&quot;email&quot;], &quot;priority&quot;: [&quot;urgent&quot;]}.</source>
        <translation>match: muss ein Objekt wie {&quot;channel&quot;: [&quot;email&quot;], &quot;priority&quot;: [&quot;urgent&quot;]} sein.</translation>
    </message>
    <message>
        <source>match.{key}: unknown key (use {join}).</source>
        <translation>match.{key}: unbekannter Schlüssel (verwenden Sie {join}).</translation>
    </message>
    <message>
        <source>match.{key}: must be a list (empty for any).</source>
        <translation>match.{key}: muss eine Liste sein (leer für beliebig).</translation>
    </message>
    <message>
        <source>match.{key}: {item!r} is not one of {join}.</source>
        <translation>match.{key}: {item!r} ist keiner von {join}.</translation>
    </message>
    <message>
        <source>auto_escalation.on: {on!r} is not &apos;warning&apos; or &apos;breach&apos;.</source>
        <translation>auto_escalation.on: {on!r} ist weder &apos;warning&apos; noch &apos;breach&apos;.</translation>
    </message>
    <message>
        <source>auto_escalation.targets: choose at least one target.</source>
        <translation>auto_escalation.targets: Wählen Sie mindestens ein Ziel.</translation>
    </message>
    <message>
        <source>auto_escalation: must be null (off) or an object like {example}.</source>
        <translation>auto_escalation: muss null (aus) oder ein Objekt wie {example} sein.</translation>
    </message>
    <message>
        <source>auto_escalation.{unknown}: unknown key (use {join}).</source>
        <translation>auto_escalation.{unknown}: unbekannter Schlüssel (verwenden Sie {join}).</translation>
    </message>
    <message>
        <source>auto_escalation.targets: must be a list of one or more of {join}.</source>
        <translation>auto_escalation.targets: muss eine Liste mit einem oder mehreren von {join} sein.</translation>
    </message>
    <message>
        <source>auto_escalation.targets: {item!r} is not one of {join}.</source>
        <translation>auto_escalation.targets: {item!r} ist keiner von {join}.</translation>
    </message>
    <message>
        <source>auto_escalation.{key}: {value!r} is not true or false.</source>
        <translation>auto_escalation.{key}: {value!r} ist weder true noch false.</translation>
    </message>
    <message>
        <source>{what}: {value!r} is not a whole number of minutes.</source>
        <translation>{what}: {value!r} ist keine ganze Zahl von Minuten.</translation>
    </message>
    <message>
        <source>{what}: {value} minutes is out of range ({low} to {MAX_TARGET_MINUTES:,}).</source>
        <translation>{what}: {value} Minuten liegen außerhalb des Bereichs ({low} bis {MAX_TARGET_MINUTES:,}).</translation>
    </message>
    <message>
        <source>A policy needs a name.</source>
        <translation>Eine Richtlinie braucht einen Namen.</translation>
    </message>
    <message>
        <source>warning_share: {share!r} must be a share between 0 and 1, such as 0.25.</source>
        <translation>warning_share: {share!r} muss ein Anteil zwischen 0 und 1 sein, etwa 0.25.</translation>
    </message>
    <message>
        <source>auto_escalation: not a valid automatic escalation.</source>
        <translation>auto_escalation: keine gültige automatische Eskalation.</translation>
    </message>
    <message>
        <source>The preset policies use the calendar {spec!r}, which is not a preset.</source>
        <translation>Die vordefinierten Richtlinien verwenden den Kalender {spec!r}, der nicht vordefiniert ist.</translation>
    </message>
    <message>
        <source>{calendar_name!r} is not a preset calendar (presets: {join}).</source>
        <translation>{calendar_name!r} ist kein vordefinierter Kalender (vordefiniert: {join}).</translation>
    </message>
</context>
<context>
    <name>SlaFeed</name>
    <message>
        <source>The SLA countdowns could not be read: %1</source>
        <translation>Die SLA-Countdowns konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SlaText</name>
    <message>
        <source>First response</source>
        <translation>Erstreaktion</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Nächste Reaktion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>FR</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>NR</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>RES</source>
        <translation>RES</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>wartet auf Kunde</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>not due within %1 years: the calendar has too few opening hours</source>
        <translation>innerhalb von %1 Jahren nicht fällig: Der Kalender hat zu wenige Öffnungszeiten</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>verspätet erfüllt</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>this conversation</source>
        <translation>diese Anfrage</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>%1 schlummern lassen</translation>
    </message>
    <message>
        <source>Snooze until…</source>
        <translation>Schlummern bis …</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Später heute</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Morgen früh</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>A date and time…</source>
        <translation>Datum und Uhrzeit …</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum und Uhrzeit:</translation>
    </message>
    <message>
        <source>It comes back at that time, or at once when the customer writes.</source>
        <translation>Sie kommt zu diesem Zeitpunkt zurück oder sofort, wenn der Kunde schreibt.</translation>
    </message>
    <message>
        <source>Its SLA clocks are paused because it is waiting on the customer (Pending), not because of the snooze.</source>
        <translation>Ihre SLA-Uhren stehen, weil sie auf den Kunden wartet (Wartend), nicht wegen des Schlummerns.</translation>
    </message>
    <message>
        <source>Snooze pauses nothing in the SLA: its clocks keep running unless the status is Pending (waiting on the customer).</source>
        <translation>Schlummern hält keine SLA-Uhr an: Sie laufen weiter, außer der Status ist Wartend (wartet auf Kunde).</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Schlummern</translation>
    </message>
</context>
<context>
    <name>SnoozeErrors</name>
    <message>
        <source>A snooze time needs a time zone.</source>
        <translation>Eine Schlummerzeit braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>Snooze until a time in the future.</source>
        <translation>Wählen Sie einen Zeitpunkt in der Zukunft.</translation>
    </message>
    <message>
        <source>A snooze can last a year at most.</source>
        <translation>Schlummern geht höchstens ein Jahr.</translation>
    </message>
    <message>
        <source>That conversation does not exist (it may have been deleted).</source>
        <translation>Diese Anfrage gibt es nicht (vielleicht wurde sie gelöscht).</translation>
    </message>
    <message>
        <source>Only an active conversation can be snoozed.</source>
        <translation>Nur eine aktive Anfrage kann schlummern.</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split conversation</source>
        <translation>Anfrage aufteilen</translation>
    </message>
    <message>
        <source>Choose the first message of the new conversation: it and every message after it move there. The new conversation keeps the customer, queue and tags.</source>
        <translation>Wählen Sie die erste Nachricht der neuen Anfrage: Sie und alle späteren Nachrichten wandern dorthin. Die neue Anfrage behält Kunde, Warteschlange und Schlagwörter.</translation>
    </message>
    <message>
        <source>New subject:</source>
        <translation>Neuer Betreff:</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Aufteilen</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>At this desk: %1</source>
        <translation>An diesem Arbeitsplatz: %1</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 aktiv</translation>
    </message>
    <message>
        <source>%1 breached</source>
        <translation>%1 verletzt</translation>
    </message>
    <message>
        <source>%1 due soon</source>
        <translation>%1 bald fällig</translation>
    </message>
    <message>
        <source>Everything is saved on this computer first; the server gets it when it can.</source>
        <translation>Alles wird zuerst auf diesem Rechner gespeichert; der Server erhält es, sobald er erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>SubjectDelegate</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Customer effort (CES)</source>
        <translation>Kundenaufwand (CES)</translation>
    </message>
    <message>
        <source>{kind} {score} on the scale {low}-{high} ({best} is the best answer), for conversation #{number}.</source>
        <translation>{kind} {score} auf der Skala {low}–{high} ({best} ist die beste Antwort), für Anfrage #{number}.</translation>
    </message>
    <message>
        <source>{kind} {score} on the scale {low}-{high} ({best} is the best answer), for this conversation.</source>
        <translation>{kind} {score} auf der Skala {low}–{high} ({best} ist die beste Antwort), für diese Anfrage.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>CSAT — satisfaction</source>
        <translation>CSAT — Zufriedenheit</translation>
    </message>
    <message>
        <source>NPS — would recommend</source>
        <translation>NPS — Weiterempfehlung</translation>
    </message>
    <message>
        <source>CES — effort</source>
        <translation>CES — Aufwand</translation>
    </message>
    <message>
        <source>1–5, 5 = very satisfied</source>
        <translation>1–5, 5 = sehr zufrieden</translation>
    </message>
    <message>
        <source>How satisfied were you with the help you got? (1: very dissatisfied, 5: very satisfied)</source>
        <translation>Wie zufrieden waren Sie mit der Hilfe, die Sie erhalten haben? (1: sehr unzufrieden, 5: sehr zufrieden)</translation>
    </message>
    <message>
        <source>1–10, 10 = very satisfied</source>
        <translation>1–10, 10 = sehr zufrieden</translation>
    </message>
    <message>
        <source>How satisfied were you with the help you got? (1: very dissatisfied, 10: very satisfied)</source>
        <translation>Wie zufrieden waren Sie mit der Hilfe, die Sie erhalten haben? (1: sehr unzufrieden, 10: sehr zufrieden)</translation>
    </message>
    <message>
        <source>0–100, 100 = very satisfied</source>
        <translation>0–100, 100 = sehr zufrieden</translation>
    </message>
    <message>
        <source>How satisfied were you with the help you got? (0: very dissatisfied, 100: very satisfied)</source>
        <translation>Wie zufrieden waren Sie mit der Hilfe, die Sie erhalten haben? (0: sehr unzufrieden, 100: sehr zufrieden)</translation>
    </message>
    <message>
        <source>0–10, 10 = extremely likely</source>
        <translation>0–10, 10 = äußerst wahrscheinlich</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend? (0: not at all likely, 10: extremely likely)</source>
        <translation>Wie wahrscheinlich ist es, dass Sie uns einem Freund empfehlen? (0: überhaupt nicht wahrscheinlich, 10: äußerst wahrscheinlich)</translation>
    </message>
    <message>
        <source>1–7, 7 = very easy</source>
        <translation>1–7, 7 = sehr einfach</translation>
    </message>
    <message>
        <source>“The company made it easy for me to handle my issue.” (1: strongly disagree, 7: strongly agree)</source>
        <translation>„Das Unternehmen hat es mir leicht gemacht, mein Anliegen zu erledigen.“ (1: stimme überhaupt nicht zu, 7: stimme voll und ganz zu)</translation>
    </message>
    <message>
        <source>1–7, 1 = very easy</source>
        <translation>1–7, 1 = sehr einfach</translation>
    </message>
    <message>
        <source>How easy was it to get your problem solved? (1: very easy, 7: very difficult)</source>
        <translation>Wie einfach war es, Ihr Problem zu lösen? (1: sehr einfach, 7: sehr schwierig)</translation>
    </message>
    <message>
        <source>1–5, 1 = very easy</source>
        <translation>1–5, 1 = sehr einfach</translation>
    </message>
    <message>
        <source>How much effort did you personally have to put forth to handle your request? (1: very low effort, 5: very high effort)</source>
        <translation>Wie viel Aufwand mussten Sie persönlich betreiben, um Ihr Anliegen zu erledigen? (1: sehr geringer Aufwand, 5: sehr hoher Aufwand)</translation>
    </message>
    <message>
        <source>1–5, 5 = very easy</source>
        <translation>1–5, 5 = sehr einfach</translation>
    </message>
    <message>
        <source>How easy was it to get your problem solved? (1: very difficult, 5: very easy)</source>
        <translation>Wie einfach war es, Ihr Problem zu lösen? (1: sehr schwierig, 5: sehr einfach)</translation>
    </message>
    <message>
        <source>Record a survey answer</source>
        <translation>Umfrageantwort erfassen</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>Was der Kunde gesagt hat (optional)</translation>
    </message>
    <message>
        <source>&amp;Survey</source>
        <translation>&amp;Umfrage</translation>
    </message>
    <message>
        <source>Sca&amp;le</source>
        <translation>Ska&amp;la</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Antwort</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>Record this answer?</source>
        <translation>Diese Antwort erfassen?</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
</context>
<context>
    <name>SurveyErrors</name>
    <message>
        <source>That team does not exist.</source>
        <translation>Dieses Team gibt es nicht.</translation>
    </message>
    <message>
        <source>That survey policy no longer exists.</source>
        <translation>Diese Umfrageregel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Only supervisors and admins change survey policies.</source>
        <translation>Nur Supervisor und Admins ändern Umfrageregeln.</translation>
    </message>
    <message>
        <source>Give the survey policy a name.</source>
        <translation>Geben Sie der Umfrageregel einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Der Name ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>Choose CSAT, NPS, CES or no survey.</source>
        <translation>Wählen Sie CSAT, NPS, CES oder keine Umfrage.</translation>
    </message>
    <message>
        <source>Choose a channel.</source>
        <translation>Wählen Sie einen Kanal.</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>Wählen Sie einen Tarif.</translation>
    </message>
    <message>
        <source>The delay must be from 0 minutes to 30 days.</source>
        <translation>Die Wartezeit muss zwischen 0 Minuten und 30 Tagen liegen.</translation>
    </message>
    <message>
        <source>The period must be from 0 to {days} days.</source>
        <translation>Der Zeitraum muss zwischen 0 und {days} Tagen liegen.</translation>
    </message>
    <message>
        <source>A subject is too long (at most {n} characters).</source>
        <translation>Ein Betreff ist zu lang (höchstens {n} Zeichen).</translation>
    </message>
    <message>
        <source>A text is too long (at most {n} characters).</source>
        <translation>Ein Text ist zu lang (höchstens {n} Zeichen).</translation>
    </message>
    <message>
        <source>Each text must contain {question}, where the question goes.</source>
        <translation>Jeder Text muss {question} enthalten, dort steht die Frage.</translation>
    </message>
</context>
<context>
    <name>SurveyPart</name>
    <message>
        <source>Survey policies are set by supervisors and admins.</source>
        <translation>Umfrageregeln legen Supervisor und Admins fest.</translation>
    </message>
    <message>
        <source>Survey &amp;policies…</source>
        <translation>&amp;Umfrageregeln…</translation>
    </message>
    <message>
        <source>Which solved conversations get a survey by email, and in which words</source>
        <translation>Welche gelösten Konversationen eine Umfrage per E-Mail erhalten, und mit welchem Text</translation>
    </message>
</context>
<context>
    <name>SurveyPolicyDialog</name>
    <message>
        <source>Survey policies</source>
        <translation>Umfrageregeln</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT, 1–5)</source>
        <translation>Zufriedenheit (CSAT, 1–5)</translation>
    </message>
    <message>
        <source>Recommendation (NPS, 0–10)</source>
        <translation>Weiterempfehlung (NPS, 0–10)</translation>
    </message>
    <message>
        <source>Effort (CES, 1–7)</source>
        <translation>Aufwand (CES, 1–7)</translation>
    </message>
    <message>
        <source>No survey</source>
        <translation>Keine Umfrage</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Jeder Kanal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Any plan</source>
        <translation>Jeder Tarif</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>Jedes Team</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Survey:</source>
        <translation>Umfrage:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Customer&apos;s plan:</source>
        <translation>Tarif des Kunden:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Send after solving:</source>
        <translation>Senden nach Lösung:</translation>
    </message>
    <message>
        <source>At most once per customer in:</source>
        <translation>Höchstens einmal pro Kunde in:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Leave a text empty to use the built-in one. {name}, {number} and {subject} are filled in; {question} is where the question goes, and the score links follow the text.</source>
        <translation>Leer gelassen gilt der mitgelieferte Text. {name}, {number} und {subject} werden ausgefüllt; {question} steht für die Frage, die Bewertungslinks folgen nach dem Text.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>SyncDesk</name>
    <message>
        <source>Enter the server password in File → Server connection to sync.</source>
        <translation>Geben Sie das Serverpasswort unter Datei → Serververbindung ein, um zu synchronisieren.</translation>
    </message>
    <message>
        <source>no local changes are waiting</source>
        <translation>keine lokalen Änderungen ausstehend</translation>
    </message>
    <message>
        <source>1 change is kept and will be sent when it is back</source>
        <translation>1 Änderung ist gespeichert und wird gesendet, sobald der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <source>%1 changes are kept and will be sent when it is back</source>
        <translation>%1 Änderungen sind gespeichert und werden gesendet, sobald der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Nur lokal</translation>
    </message>
    <message>
        <source> · %1 changes waiting</source>
        <translation> · %1 Änderungen ausstehend</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Offline-Modus</translation>
    </message>
    <message>
        <source>Receiving the team&apos;s workspace: %1 of about %2 rows…</source>
        <translation>Arbeitsbereich des Teams wird empfangen: %1 von etwa %2 Zeilen…</translation>
    </message>
    <message>
        <source>Receiving the team&apos;s workspace: %1 rows…</source>
        <translation>Arbeitsbereich des Teams wird empfangen: %1 Zeilen…</translation>
    </message>
    <message>
        <source>Server unreachable — %1.</source>
        <translation>Server nicht erreichbar — %1.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt…</translation>
    </message>
    <message>
        <source> · this computer&apos;s clock is wrong</source>
        <translation> · die Uhr dieses Rechners geht falsch</translation>
    </message>
    <message>
        <source>Online · synced %1</source>
        <translation>Online · synchronisiert %1</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>No password: give it with --password-stdin.</source>
        <translation>Kein Passwort: Übergeben Sie es mit --password-stdin.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>No server is set up for this database: give --url and --user once.</source>
        <translation>Für diese Datenbank ist kein Server eingerichtet: Geben Sie einmal --url und --user an.</translation>
    </message>
    <message>
        <source>Cannot work on the server {redacted}: {first}</source>
        <translation>Auf dem Server {redacted} kann nicht gearbeitet werden: {first}</translation>
    </message>
    <message>
        <source>Unknown server action {server_command!r}.</source>
        <translation>Unbekannte Serveraktion {server_command!r}.</translation>
    </message>
    <message>
        <source>{url!r} is not a server address (expected postgresql://host/database).</source>
        <translation>{url!r} ist keine Serveradresse (erwartet: postgresql://host/database).</translation>
    </message>
    <message>
        <source>{url!r} is not a PostgreSQL address (expected postgresql://host/database).</source>
        <translation>{url!r} ist keine PostgreSQL-Adresse (erwartet: postgresql://host/database).</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the password; give it each time.</source>
        <translation>Kein Schlüsselbund zum Speichern des Passworts verfügbar; geben Sie es jedes Mal an.</translation>
    </message>
    <message>
        <source>The keyring refused to keep the password ({name__}).</source>
        <translation>Der Schlüsselbund hat das Speichern des Passworts abgelehnt ({name__}).</translation>
    </message>
    <message>
        <source>The server is not set up for AgentDesk yet; run &apos;agentdesk server init&apos; on it.</source>
        <translation>Der Server ist noch nicht für AgentDesk eingerichtet; führen Sie dort &apos;agentdesk server init&apos; aus.</translation>
    </message>
    <message>
        <source>The role must be one of {join} (got {role!r}).</source>
        <translation>Die Rolle muss eine von {join} sein (erhalten: {role!r}).</translation>
    </message>
    <message>
        <source>The new login needs a password.</source>
        <translation>Die neue Anmeldung braucht ein Passwort.</translation>
    </message>
    <message>
        <source>Tiers are 1, 2 or 3.</source>
        <translation>Stufen sind 1, 2 oder 3.</translation>
    </message>
    <message>
        <source>The server {host} presented no certificate, though this computer accepted one before (SHA-256 {pinned}). Someone may be in between: do not connect until the shop&apos;s admin has looked at the server.</source>
        <translation>Der Server {host} hat kein Zertifikat vorgelegt, obwohl dieser Computer zuvor eines akzeptiert hat (SHA-256 {pinned}). Möglicherweise hört jemand mit: Verbinden Sie sich erst, wenn der Admin des Shops den Server geprüft hat.</translation>
    </message>
    <message>
        <source>The certificate of {host} has changed: it is now {owner}&apos;s, issued by {issuer} (SHA-256 {fingerprint}), not the one this computer accepted (SHA-256 {pinned}). Someone may be in between: do not connect until the shop&apos;s admin confirms the new fingerprint, then accept it in the server connection.</source>
        <translation>Das Zertifikat von {host} hat sich geändert: Es gehört jetzt {owner}, ausgestellt von {issuer} (SHA-256 {fingerprint}), und ist nicht das, das dieser Computer akzeptiert hat (SHA-256 {pinned}). Möglicherweise hört jemand mit: Verbinden Sie sich erst, wenn der Admin des Shops den neuen Fingerabdruck bestätigt, und akzeptieren Sie ihn dann in der Serververbindung.</translation>
    </message>
    <message>
        <source>The server {host} does not offer an encrypted connection; ask its admin to turn on TLS (only on the office&apos;s own network may you choose &apos;trusted network&apos; instead).</source>
        <translation>Der Server {host} bietet keine verschlüsselte Verbindung an; bitten Sie den Admin, TLS einzuschalten (nur im eigenen Büronetz dürfen Sie stattdessen „Vertrauenswürdiges Netz“ wählen).</translation>
    </message>
    <message>
        <source>The certificate authority file {path} cannot be read.</source>
        <translation>Die Datei der Zertifizierungsstelle {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate of {host} belongs to {owner} (SHA-256 {fingerprint}), not to this address: someone may be in between. Do not connect until the admin confirms the address and fingerprint.</source>
        <translation>Das Zertifikat von {host} gehört zu {owner} (SHA-256 {fingerprint}), nicht zu dieser Adresse: Möglicherweise sitzt jemand dazwischen. Verbinden Sie sich erst, wenn der Admin Adresse und Fingerabdruck bestätigt hat.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} failed: {reason}</source>
        <translation>Die verschlüsselte Verbindung zu {host} ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>The server {host} presented a certificate of {owner} (issued by {issuer}, SHA-256 {fingerprint}) that this computer does not trust. If the shop&apos;s admin gave you a CA file, choose it in the server connection; otherwise do not connect.</source>
        <translation>Der Server {host} hat ein Zertifikat von {owner} vorgelegt (ausgestellt von {issuer}, SHA-256 {fingerprint}), dem dieser Computer nicht vertraut. Wenn Ihnen der Admin des Shops eine CA-Datei gegeben hat, wählen Sie sie in der Serververbindung; sonst verbinden Sie sich nicht.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>An internal error stopped this; see the log.</source>
        <translation>Ein interner Fehler hat dies abgebrochen; siehe Protokoll.</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation>Team &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save team</source>
        <translation>Team spei&amp;chern</translation>
    </message>
    <message>
        <source>Tick the team for agents on the Agents tab once it is added.</source>
        <translation>Markieren Sie das Team nach dem Hinzufügen bei den Agenten im Reiter „Agenten“.</translation>
    </message>
    <message>
        <source>Nobody works in this team yet.</source>
        <translation>In diesem Team arbeitet noch niemand.</translation>
    </message>
    <message>
        <source>(home)</source>
        <translation>(Stammteam)</translation>
    </message>
    <message>
        <source>1 open conversation is routed to it.</source>
        <translation>1 offene Anfrage ist ihm zugeleitet.</translation>
    </message>
    <message>
        <source>%n open conversations are routed to it.</source>
        <translation>%n offene Anfragen sind ihm zugeleitet.</translation>
    </message>
    <message>
        <source>the new team</source>
        <translation>das neue Team</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen für %1 speichern?</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <source>Delete the team %1?</source>
        <translation>Team %1 löschen?</translation>
    </message>
    <message>
        <source>Solved conversations keep showing it. Adding a team of the same name later brings it back.</source>
        <translation>Gelöste Anfragen zeigen es weiterhin an. Wird später ein Team mit demselben Namen angelegt, kehrt es zurück.</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1st level</source>
        <translation>1. Stufe</translation>
    </message>
    <message>
        <source>2nd level</source>
        <translation>2. Stufe</translation>
    </message>
    <message>
        <source>3rd level</source>
        <translation>3. Stufe</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Shortened for display: the first %1 of %2 characters.</source>
        <translation>Für die Anzeige gekürzt: die ersten %1 von %2 Zeichen.</translation>
    </message>
    <message>
        <source>1 remote image blocked</source>
        <translation>1 externes Bild blockiert</translation>
    </message>
    <message>
        <source>%1 remote images blocked</source>
        <translation>%1 externe Bilder blockiert</translation>
    </message>
    <message>
        <source>Show images</source>
        <translation>Bilder anzeigen</translation>
    </message>
    <message>
        <source>1 image could not be loaded</source>
        <translation>1 Bild konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 images could not be loaded</source>
        <translation>%1 Bilder konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Save all</source>
        <translation>Alle speichern</translation>
    </message>
    <message>
        <source>Automatic message (an auto-reply or a bounce; it awaits no answer)</source>
        <translation>Automatische Nachricht (eine automatische Antwort oder ein Unzustellbarkeitsbericht; erwartet keine Antwort)</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Opened with an email to the customer</source>
        <translation>Mit einer E-Mail an den Kunden eröffnet</translation>
    </message>
    <message>
        <source>Logged by hand (%1)</source>
        <translation>Manuell erfasst (%1)</translation>
    </message>
    <message>
        <source>Conversation started (%1)</source>
        <translation>Anfrage begonnen (%1)</translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <source>Priority %1 → %2</source>
        <translation>Priorität %1 → %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Zuweisung aufgehoben</translation>
    </message>
    <message>
        <source>Reassigned from %1 to %2</source>
        <translation>Neu zugewiesen von %1 an %2</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>einen Agenten</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>Returned %1 → %2</source>
        <translation>Zurückgegeben %1 → %2</translation>
    </message>
    <message>
        <source>Escalated %1 → %2</source>
        <translation>Eskaliert %1 → %2</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>kein Team</translation>
    </message>
    <message>
        <source>Transferred from %1 to %2</source>
        <translation>Übergeben von %1 an %2</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>Schlagwort %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Untagged %1</source>
        <translation>Schlagwort %1 entfernt</translation>
    </message>
    <message>
        <source>Tags changed</source>
        <translation>Schlagwörter geändert</translation>
    </message>
    <message>
        <source>Merged #%1 into #%2</source>
        <translation>#%1 mit #%2 zusammengeführt</translation>
    </message>
    <message>
        <source>Merge of #%1 into #%2 undone</source>
        <translation>Zusammenführen von #%1 in #%2 rückgängig gemacht</translation>
    </message>
    <message>
        <source>Split from #%1 into #%2</source>
        <translation>Von #%1 abgetrennt als #%2</translation>
    </message>
    <message>
        <source>Linked to #%1</source>
        <translation>Verknüpft mit #%1</translation>
    </message>
    <message>
        <source>Unlinked from #%1</source>
        <translation>Verknüpfung mit #%1 gelöst</translation>
    </message>
    <message>
        <source>SLA warning: %1 due soon</source>
        <translation>SLA-Warnung: %1 bald fällig</translation>
    </message>
    <message>
        <source>SLA breached: %1</source>
        <translation>SLA verletzt: %1</translation>
    </message>
    <message>
        <source>Follow-up set for %1</source>
        <translation>Wiedervorlage für %1 gesetzt</translation>
    </message>
    <message>
        <source>Follow-up cleared</source>
        <translation>Wiedervorlage entfernt</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Schlummert bis %1</translation>
    </message>
    <message>
        <source>Back from snooze: the customer wrote</source>
        <translation>Schlummern beendet: Der Kunde hat geschrieben</translation>
    </message>
    <message>
        <source>Back from snooze at its time</source>
        <translation>Schlummern zur geplanten Zeit beendet</translation>
    </message>
    <message>
        <source>Unsnoozed</source>
        <translation>Aufgeweckt</translation>
    </message>
    <message>
        <source>SLA policy set to %1</source>
        <translation>SLA-Richtlinie auf %1 gesetzt</translation>
    </message>
    <message>
        <source>a deleted policy</source>
        <translation>eine gelöschte Richtlinie</translation>
    </message>
    <message>
        <source>SLA policy chosen by the policies&apos; conditions again</source>
        <translation>SLA-Richtlinie wieder nach den Bedingungen der Richtlinien gewählt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 automatically</source>
        <translation>%1 automatisch</translation>
    </message>
    <message>
        <source>%1 · rule “%2”</source>
        <translation>%1 · Regel „%2“</translation>
    </message>
    <message>
        <source>%1 · macro “%2”</source>
        <translation>%1 · Makro „%2“</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>Erstreaktion</translation>
    </message>
    <message>
        <source>next response</source>
        <translation>nächste Reaktion</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>Lösung</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>The agent working at this desk; click to change</source>
        <translation>Die Person an diesem Arbeitsplatz; zum Ändern klicken</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Queues, load and key figures (%1)</source>
        <translation>Warteschlangen, Auslastung und Kennzahlen (%1)</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>My open</source>
        <translation>Meine offenen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation>Stufe 1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Stufe 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Stufe 3</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Schlummernd</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Most urgent first: earliest SLA due time, then longest-waiting customer.</source>
        <translation>Dringendste zuerst: früheste SLA-Fälligkeit, dann am längsten wartender Kunde.</translation>
    </message>
    <message>
        <source>Active conversations assigned to you (new, open, pending, on hold).</source>
        <translation>Aktive Anfragen, die Ihnen zugewiesen sind (neu, offen, wartend, zurückgestellt).</translation>
    </message>
    <message>
        <source>Active conversations nobody is assigned to.</source>
        <translation>Aktive Anfragen, denen niemand zugewiesen ist.</translation>
    </message>
    <message>
        <source>Active conversations at the first tier (L1).</source>
        <translation>Aktive Anfragen in der ersten Stufe (L1).</translation>
    </message>
    <message>
        <source>Active conversations escalated to the second tier (L2).</source>
        <translation>Aktive Anfragen, die an die zweite Stufe eskaliert wurden (L2).</translation>
    </message>
    <message>
        <source>Active conversations escalated to the third tier (L3).</source>
        <translation>Aktive Anfragen, die an die dritte Stufe eskaliert wurden (L3).</translation>
    </message>
    <message>
        <source>Active conversations whose next SLA target is due within the next hour, not yet overdue.</source>
        <translation>Aktive Anfragen, deren nächstes SLA-Ziel innerhalb der nächsten Stunde fällig, aber noch nicht überfällig ist.</translation>
    </message>
    <message>
        <source>Active conversations with an SLA target past its due time.</source>
        <translation>Aktive Anfragen mit einem überfälligen SLA-Ziel.</translation>
    </message>
    <message>
        <source>Pending conversations: waiting on the customer&apos;s answer.</source>
        <translation>Anfragen, die auf die Antwort des Kunden warten.</translation>
    </message>
    <message>
        <source>Conversations with a follow-up date, the ones that are due first (any status).</source>
        <translation>Anfragen mit Wiedervorlagedatum, die zuerst fälligen oben (jeder Status).</translation>
    </message>
    <message>
        <source>Snoozed conversations: back at their time, or at once when the customer writes.</source>
        <translation>Schlummernde Anfragen: zurück zu ihrem Zeitpunkt oder sofort, wenn der Kunde schreibt.</translation>
    </message>
    <message>
        <source>Solved and closed conversations, most recent activity first.</source>
        <translation>Gelöste und geschlossene Anfragen, letzte Aktivität zuerst.</translation>
    </message>
    <message>
        <source>Every conversation, whatever its status.</source>
        <translation>Jede Anfrage, unabhängig vom Status.</translation>
    </message>
</context>
<context>
    <name>ViewEditor</name>
    <message>
        <source>Edit view</source>
        <translation>Ansicht bearbeiten</translation>
    </message>
    <message>
        <source>New view</source>
        <translation>Neue Ansicht</translation>
    </message>
    <message>
        <source>e.g. Billing, unassigned, German</source>
        <translation>z. B. Buchhaltung, nicht zugewiesen, Deutsch</translation>
    </message>
    <message>
        <source>e.g. team:billing assignee:none lang:de</source>
        <translation>z. B. team:billing assignee:none lang:de</translation>
    </message>
    <message>
        <source>Fields: status, tier, team, assignee (me, none), channel, lang, priority, tag, sla (due_soon, breached, paused), mood, created, updated (&gt; &lt; a date). Commas: any of them; -field: leave out.</source>
        <translation>Felder: status, tier, team, assignee (me, none), channel, lang, priority, tag, sla (due_soon, breached, paused), mood, created, updated (&gt; &lt; ein Datum). Kommas: einer davon; -feld: ausschließen.</translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation>Dringendste zuerst</translation>
    </message>
    <message>
        <source>Latest activity first</source>
        <translation>Neueste Aktivität zuerst</translation>
    </message>
    <message>
        <source>Priority, urgent first</source>
        <translation>Priorität, dringend zuerst</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Filters:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>&amp;Shared with:</source>
        <translation>&amp;Geteilt mit:</translation>
    </message>
    <message>
        <source>A view lists by fields; words (%1) are for searching and are not kept.</source>
        <translation>Eine Ansicht filtert nach Feldern; Wörter (%1) gelten nur für die Suche und werden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ViewErrors</name>
    <message>
        <source>A view needs a name.</source>
        <translation>Eine Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>A view&apos;s name can be at most {limit} characters.</source>
        <translation>Der Name einer Ansicht darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This view was deleted.</source>
        <translation>Diese Ansicht wurde gelöscht.</translation>
    </message>
    <message>
        <source>Choose who works at this desk to save views.</source>
        <translation>Wählen Sie, wer an diesem Arbeitsplatz arbeitet, um Ansichten zu speichern.</translation>
    </message>
    <message>
        <source>You can share views with your own teams only; a supervisor can share with others.</source>
        <translation>Sie können Ansichten nur mit Ihren eigenen Teams teilen; die Teamleitung kann sie mit anderen teilen.</translation>
    </message>
    <message>
        <source>This is another agent&apos;s own view.</source>
        <translation>Das ist die eigene Ansicht eines anderen Agenten.</translation>
    </message>
    <message>
        <source>There is already a view called “{name}”.</source>
        <translation>Es gibt schon eine Ansicht namens „{name}“.</translation>
    </message>
</context>
<context>
    <name>WebCommand</name>
    <message>
        <source>{path} syncs with a server: keep its password in the keyring first (&apos;agentdesk sync --save-password&apos;), so the web forms reach the team.</source>
        <translation>{path} synchronisiert mit einem Server: Speichern Sie zuerst sein Passwort im Schlüsselbund (&apos;agentdesk sync --save-password&apos;), damit die Webformulare das Team erreichen.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}</source>
        <translation>Kann nicht auf {host}:{port} lauschen: {reason}</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Linked:</source>
        <translation>Verknüpft:</translation>
    </message>
    <message>
        <source>undo merge</source>
        <translation>rückgängig machen</translation>
    </message>
    <message>
        <source>Merged here:</source>
        <translation>Hierher zusammengeführt:</translation>
    </message>
    <message>
        <source>An internal error stopped this; see the log.</source>
        <translation>Ein interner Fehler hat das verhindert; siehe Protokoll.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge other conversations into this one, or the selected ones into one</source>
        <translation>Andere Anfragen in diese zusammenführen, oder die ausgewählten in eine</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>Zusammenführen &amp;rückgängig</translation>
    </message>
    <message>
        <source>Take this merged conversation out again, with its messages</source>
        <translation>Diese zusammengeführte Anfrage mit ihren Nachrichten wieder herauslösen</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>&amp;Aufteilen…</translation>
    </message>
    <message>
        <source>Move a message and what follows into a new conversation</source>
        <translation>Eine Nachricht und alles Folgende in eine neue Anfrage verschieben</translation>
    </message>
    <message>
        <source>&amp;Linked conversations…</source>
        <translation>&amp;Verknüpfte Anfragen…</translation>
    </message>
    <message>
        <source>Link related conversations; each is shown in the other</source>
        <translation>Zusammengehörige Anfragen verknüpfen; jede wird in der anderen angezeigt</translation>
    </message>
    <message>
        <source>&amp;Change selected conversations…</source>
        <translation>Ausgewählte Anfragen ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Select &amp;all conversations</source>
        <translation>&amp;Alle Anfragen auswählen</translation>
    </message>
    <message>
        <source>Add the &amp;next conversation to the selection</source>
        <translation>&amp;Nächste Anfrage zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Add the p&amp;revious conversation to the selection</source>
        <translation>&amp;Vorherige Anfrage zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation>Zusammenführen rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The first %1 conversations of this view are selected: a change of a selection takes at most that many at a time.</source>
        <translation>Die ersten %1 Anfragen dieser Ansicht sind ausgewählt: Eine Änderung der Auswahl umfasst höchstens so viele auf einmal.</translation>
    </message>
    <message>
        <source>A bulk change is still running; try again when it is done.</source>
        <translation>Eine Sammeländerung läuft noch; versuchen Sie es danach erneut.</translation>
    </message>
    <message>
        <source>Bulk change</source>
        <translation>Sammeländerung</translation>
    </message>
</context>
</TS>
