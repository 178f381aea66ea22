<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
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
        <translation>Kopi til (adresser, adskilt med komma)</translation>
    </message>
    <message>
        <source>Blind copy to</source>
        <translation>Bcc til</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>AgentSecret</name>
    <message>
        <source>Set &amp;PIN or password…</source>
        <translation>Angiv &amp;pinkode eller adgangskode…</translation>
    </message>
    <message>
        <source>None yet: this agent chooses one at their first sign-in.</source>
        <translation>Ingen endnu: medarbejderen vælger en ved første login.</translation>
    </message>
    <message>
        <source>Reset &amp;PIN or password…</source>
        <translation>Nulstil &amp;pinkode eller adgangskode…</translation>
    </message>
    <message>
        <source>A new one ends any wait after wrong tries.</source>
        <translation>En ny afslutter enhver ventetid efter forkerte forsøg.</translation>
    </message>
    <message>
        <source>PIN or password saved.</source>
        <translation>Pinkode eller adgangskode gemt.</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <source>Home team: %1</source>
        <translation>Hjemmeteam: %1</translation>
    </message>
    <message>
        <source>Also works in: %1</source>
        <translation>Arbejder også i: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(dig)</translation>
    </message>
    <message>
        <source>No teams yet: add them on the Teams tab.</source>
        <translation>Ingen teams endnu: tilføj dem under fanen Teams.</translation>
    </message>
    <message>
        <source>No home team</source>
        <translation>Intet hjemmeteam</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>Ny medarbejder</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Medarbejder: %1</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; ask another admin.</source>
        <translation>Du kan ikke deaktivere dig selv; spørg en anden administrator.</translation>
    </message>
    <message>
        <source>Only an admin can deactivate or reactivate an admin.</source>
        <translation>Kun en administrator kan deaktivere eller genaktivere en administrator.</translation>
    </message>
    <message>
        <source>The agent keeps their history but can no longer take conversations.</source>
        <translation>Medarbejderen beholder sin historik, men kan ikke længere tage henvendelser.</translation>
    </message>
    <message>
        <source>&amp;Add agent</source>
        <translation>&amp;Tilføj medarbejder</translation>
    </message>
    <message>
        <source>&amp;Save agent</source>
        <translation>&amp;Gem medarbejder</translation>
    </message>
    <message>
        <source>Fill in the form and press Add agent.</source>
        <translation>Udfyld formularen, og tryk på Tilføj medarbejder.</translation>
    </message>
    <message>
        <source>Nobody works here yet.</source>
        <translation>Ingen arbejder her endnu.</translation>
    </message>
    <message>
        <source>Deactivated: keeps their history, takes no conversations.</source>
        <translation>Deaktiveret: beholder sin historik, tager ingen henvendelser.</translation>
    </message>
    <message>
        <source>no open conversations</source>
        <translation>ingen åbne henvendelser</translation>
    </message>
    <message>
        <source>1 open conversation</source>
        <translation>1 åben henvendelse</translation>
    </message>
    <message>
        <source>%n open conversations</source>
        <translation>%n åbne henvendelser</translation>
    </message>
    <message>
        <source>%1 now works at this desk; File → Switch agent… changes who does.</source>
        <translation>%1 arbejder nu ved denne arbejdsplads; Fil → Skift medarbejder… ændrer det.</translation>
    </message>
    <message>
        <source>the new agent</source>
        <translation>den nye medarbejder</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Vil du gemme ændringerne af %1?</translation>
    </message>
    <message>
        <source>Deactivate agent</source>
        <translation>Deaktiver medarbejder</translation>
    </message>
    <message>
        <source>%1 still holds 1 open conversation.</source>
        <translation>%1 har stadig 1 åben henvendelse.</translation>
    </message>
    <message>
        <source>%1 still holds %n open conversations.</source>
        <translation>%1 har stadig %n åbne henvendelser.</translation>
    </message>
    <message>
        <source>Deactivated agents keep their history but take no more conversations. Put their open conversations back in the queue so that colleagues pick them up, or keep them assigned and reassign them yourself.</source>
        <translation>Deaktiverede medarbejdere beholder deres historik, men tager ikke flere henvendelser. Send deres åbne henvendelser tilbage i køen, så kolleger kan tage dem, eller lad dem være tildelt, og fordel dem selv.</translation>
    </message>
    <message>
        <source>Deactivate and return to queue</source>
        <translation>Deaktiver og send tilbage i kø</translation>
    </message>
    <message>
        <source>Deactivate, keep assigned</source>
        <translation>Deaktiver, behold tildeling</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Vil du deaktivere %1?</translation>
    </message>
    <message>
        <source>They keep their history and can be reactivated at any time; they take no conversations.</source>
        <translation>Medarbejderen beholder sin historik og kan genaktiveres når som helst, men tager ingen henvendelser.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <source>1 conversation went back to the queue.</source>
        <translation>1 henvendelse blev sendt tilbage i køen.</translation>
    </message>
    <message>
        <source>%n conversations went back to the queue.</source>
        <translation>%n henvendelser blev sendt tilbage i køen.</translation>
    </message>
</context>
<context>
    <name>AgentsTeamsDialog</name>
    <message>
        <source>Agents and teams</source>
        <translation>Medarbejdere og teams</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveauer</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conversations assigned to the agent that are not solved yet.</source>
        <translation>Henvendelser tildelt medarbejderen, som endnu ikke er løst.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Conversations routed to the team that are not solved yet.</source>
        <translation>Henvendelser sendt til teamet, som endnu ikke er løst.</translation>
    </message>
    <message>
        <source>Read only. %1</source>
        <translation>Skrivebeskyttet. %1</translation>
    </message>
    <message>
        <source>Only an admin can change an admin&apos;s role.</source>
        <translation>Kun en administrator kan ændre en administrators rolle.</translation>
    </message>
    <message>
        <source>Agents work conversations in their tiers. Supervisors may also work every tier, review queues and manage teams and tier names. Admins in addition manage agents: their roles, tiers, teams and PINs.</source>
        <translation>Medarbejdere arbejder med samtaler i deres niveauer. Teamledere må også arbejde i alle niveauer, gennemgå køer og administrere teams og niveaunavne. Administratorer administrerer desuden medarbejdere: deres roller, niveauer, teams og pinkoder.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>the new agent</source>
        <translation>den nye medarbejder</translation>
    </message>
    <message>
        <source>the new team</source>
        <translation>det nye team</translation>
    </message>
    <message>
        <source>the tier names</source>
        <translation>niveaunavnene</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Vil du gemme ændringerne af %1, før du lukker?</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Teamleder</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>AgentsTeamsForm</name>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Medarbejdere</translation>
    </message>
    <message>
        <source>Filter by name, email, role or team</source>
        <translation>Filtrer efter navn, e-mail, rolle eller team</translation>
    </message>
    <message>
        <source>Shows only the agents whose name, email, role, tiers or teams contain what you type.</source>
        <translation>Viser kun de medarbejdere, hvis navn, e-mail, rolle, niveauer eller teams indeholder det, du skriver.</translation>
    </message>
    <message>
        <source>Sho&amp;w deactivated</source>
        <translation>&amp;Vis deaktiverede</translation>
    </message>
    <message>
        <source>Also list agents who were deactivated. They keep their history and can be reactivated.</source>
        <translation>Vis også deaktiverede medarbejdere. De beholder deres historik og kan genaktiveres.</translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation>&amp;Ny medarbejder…</translation>
    </message>
    <message>
        <source>Clear the form below to add an agent.</source>
        <translation>Ryd formularen nedenfor for at tilføje en medarbejder.</translation>
    </message>
    <message>
        <source>Click an agent to edit them below.</source>
        <translation>Klik på en medarbejder for at redigere vedkommende nedenfor.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>For- og efternavn</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>navn@firma.example</translation>
    </message>
    <message>
        <source>The agent&apos;s work address; two agents cannot share one.</source>
        <translation>Medarbejderens arbejdsadresse; to medarbejdere kan ikke dele én.</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>Agents work conversations in their tiers. Supervisors may also work every tier, review queues and manage agents, teams and tier names. Admins may in addition give or take the admin role.</source>
        <translation>Medarbejdere behandler henvendelser på deres niveauer. Teamledere kan også arbejde på alle niveauer, gennemgå køer og administrere medarbejdere, teams og niveaunavne. Administratorer kan desuden give og fratage administratorrollen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>The language the agent answers in; conversations in it are routed to them first.</source>
        <translation>Det sprog, medarbejderen svarer på; henvendelser på det sprog sendes først til vedkommende.</translation>
    </message>
    <message>
        <source>Tiers worked:</source>
        <translation>Niveauer:</translation>
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
        <translation>&amp;Teams:</translation>
    </message>
    <message>
        <source>Tick every team the agent works in; their conversations reach the agent.</source>
        <translation>Markér alle teams, medarbejderen arbejder i; deres henvendelser når frem til medarbejderen.</translation>
    </message>
    <message>
        <source>&amp;Home team:</source>
        <translation>&amp;Hjemmeteam:</translation>
    </message>
    <message>
        <source>The team the agent belongs to in reports and assign menus; one of the teams ticked above.</source>
        <translation>Det team, medarbejderen hører til i rapporter og tildelingsmenuer; et af de teams, der er markeret ovenfor.</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktiver…</translation>
    </message>
    <message>
        <source>The agent keeps their history but can no longer sign in at a desk or take conversations.</source>
        <translation>Medarbejderen beholder sin historik, men kan ikke længere logge ind ved en arbejdsplads eller tage henvendelser.</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>&amp;Genaktiver</translation>
    </message>
    <message>
        <source>Let the agent work again, with the tiers and teams they had.</source>
        <translation>Lad medarbejderen arbejde igen med de niveauer og teams, vedkommende havde.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>Forget the changes made in the form.</source>
        <translation>Glem ændringerne i formularen.</translation>
    </message>
    <message>
        <source>&amp;Save agent</source>
        <translation>&amp;Gem medarbejder</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>Teams (departments such as billing, shipping or technical) get conversations routed to them; agents work in one or more of them.</source>
        <translation>Teams (afdelinger som fakturering, forsendelse eller teknik) får henvendelser sendt til sig; medarbejdere arbejder i et eller flere af dem.</translation>
    </message>
    <message>
        <source>New t&amp;eam…</source>
        <translation>Nyt t&amp;eam…</translation>
    </message>
    <message>
        <source>Clear the form on the right to add a team.</source>
        <translation>Ryd formularen til højre for at tilføje et team.</translation>
    </message>
    <message>
        <source>Click a team to rename it, describe it or delete it.</source>
        <translation>Klik på et team for at omdøbe, beskrive eller slette det.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>e.g. Billing</source>
        <translation>f.eks. Fakturering</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>What the team takes care of</source>
        <translation>Hvad teamet tager sig af</translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation>Medarbejdere:</translation>
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation>&amp;Slet team…</translation>
    </message>
    <message>
        <source>Only a team nobody works in and no open conversation is routed to can be deleted.</source>
        <translation>Kun et team, som ingen arbejder i, og som ingen åbne henvendelser er sendt til, kan slettes.</translation>
    </message>
    <message>
        <source>&amp;Save team</source>
        <translation>&amp;Gem team</translation>
    </message>
    <message>
        <source>T&amp;ier names</source>
        <translation>&amp;Niveaunavne</translation>
    </message>
    <message>
        <source>Conversations move up through three tiers: the first answers the common questions, the second has more depth or authority, the third is specialists and engineering. Name them the way your team speaks of them.</source>
        <translation>Henvendelser bevæger sig op gennem tre niveauer: det første besvarer de almindelige spørgsmål, det andet har mere dybde eller beføjelser, det tredje er specialister og udvikling. Navngiv dem, som dit team taler om dem.</translation>
    </message>
    <message>
        <source>Tier &amp;1 (L1):</source>
        <translation>Niveau &amp;1 (L1):</translation>
    </message>
    <message>
        <source>First level: answers the common questions.</source>
        <translation>Første niveau: besvarer de almindelige spørgsmål.</translation>
    </message>
    <message>
        <source>Tier &amp;2 (L2):</source>
        <translation>Niveau &amp;2 (L2):</translation>
    </message>
    <message>
        <source>Second level: more depth or authority.</source>
        <translation>Andet niveau: mere dybde eller flere beføjelser.</translation>
    </message>
    <message>
        <source>Tier &amp;3 (L3):</source>
        <translation>Niveau &amp;3 (L3):</translation>
    </message>
    <message>
        <source>Third level: specialists and engineering.</source>
        <translation>Tredje niveau: specialister og udvikling.</translation>
    </message>
    <message>
        <source>The names appear in the escalation dialog, the conversation header, the SLA editor and here; the inbox list keeps the short labels L1, L2 and L3.</source>
        <translation>Navnene vises i eskaleringsdialogen, henvendelsens overskrift, SLA-editoren og her; indbakkens liste beholder de korte betegnelser L1, L2 og L3.</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Gendan standard</translation>
    </message>
    <message>
        <source>Put back 1st level, 2nd level and 3rd level (saved when you save).</source>
        <translation>Sæt 1. niveau, 2. niveau og 3. niveau tilbage (gemmes, når du gemmer).</translation>
    </message>
    <message>
        <source>&amp;Save tier names</source>
        <translation>&amp;Gem niveaunavne</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>AgentDesk could not be started again; start it with: {command}</source>
        <translation>AgentDesk kunne ikke startes igen; start det med: {command}</translation>
    </message>
</context>
<context>
    <name>ArticleCompleter</name>
    <message>
        <source>Public article</source>
        <translation>Offentlig artikel</translation>
    </message>
    <message>
        <source>Internal article</source>
        <translation>Intern artikel</translation>
    </message>
</context>
<context>
    <name>AttachmentErrors</name>
    <message>
        <source>Wait until the files are attached.</source>
        <translation>Vent, til filerne er vedhæftet.</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>Save all attachments…</source>
        <translation>Gem alle vedhæftede filer…</translation>
    </message>
    <message>
        <source>Save every file of this message, or of the conversation</source>
        <translation>Gem alle filer i denne besked eller i hele samtalen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Å&amp;bn</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Gem som…</translation>
    </message>
    <message>
        <source>Save &amp;all of this message…</source>
        <translation>Gem &amp;alle i denne besked…</translation>
    </message>
    <message>
        <source>No application on this computer opens %1. Use Save as… instead.</source>
        <translation>Intet program på denne computer kan åbne %1. Brug Gem som… i stedet.</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 er gemt i %2.</translation>
    </message>
    <message>
        <source>There is no file to save here.</source>
        <translation>Der er ingen fil at gemme her.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>%n fil er gemt i %1.</numerusform>
            <numerusform>%n filer er gemt i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Gem vedhæftet fil</translation>
    </message>
    <message>
        <source>Save all attachments to</source>
        <translation>Gem alle vedhæftede filer i</translation>
    </message>
    <message>
        <source>Open this file?</source>
        <translation>Åbn denne fil?</translation>
    </message>
    <message>
        <source>%1 is a program or script.</source>
        <translation>%1 er et program eller script.</translation>
    </message>
    <message>
        <source>Opening it runs it on this computer. Open it only if you trust where it came from.</source>
        <translation>Når du åbner den, kører den på denne computer. Åbn den kun, hvis du stoler på afsenderen.</translation>
    </message>
    <message>
        <source>%1 can contain macros.</source>
        <translation>%1 kan indeholde makroer.</translation>
    </message>
    <message>
        <source>Macros in a document from outside can harm this computer. Do not enable them.</source>
        <translation>Makroer i et dokument udefra kan skade denne computer. Aktivér dem ikke.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Åbn alligevel</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Agents and roles</source>
        <translation>Medarbejdere og roller</translation>
    </message>
    <message>
        <source>Sign-in failures</source>
        <translation>Mislykkede logins</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveauer</translation>
    </message>
    <message>
        <source>SLA policies and calendars</source>
        <translation>SLA-politikker og kalendere</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postkasser</translation>
    </message>
    <message>
        <source>Canned replies and macros</source>
        <translation>Standardsvar og makroer</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Routingregler</translation>
    </message>
    <message>
        <source>Survey settings</source>
        <translation>Indstillinger for undersøgelser</translation>
    </message>
    <message>
        <source>Erasures and retention</source>
        <translation>Sletninger og opbevaring</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gendannet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Login mislykkedes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Server login</source>
        <translation>Serverlogin</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gælder for</translation>
    </message>
    <message>
        <source>First response (minutes)</source>
        <translation>Første svar (minutter)</translation>
    </message>
    <message>
        <source>Next response (minutes)</source>
        <translation>Næste svar (minutter)</translation>
    </message>
    <message>
        <source>Resolution (minutes)</source>
        <translation>Løsning (minutter)</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Arbejdskalender</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Åbningstid</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Synlig for</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genvej</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Betingelser</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Kører ved</translation>
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
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Erased by</source>
        <translation>Slettet af</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Angivet af</translation>
    </message>
    <message>
        <source>Wrong tries in a row</source>
        <translation>Forkerte forsøg i træk</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Teamleder</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>One team</source>
        <translation>Ét team</translation>
    </message>
    <message>
        <source>One agent</source>
        <translation>Én medarbejder</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pinkode</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>The customer asked</source>
        <translation>Kunden bad om det</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtykke trukket tilbage</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Indsigelse</translation>
    </message>
    <message>
        <source>Processed unlawfully</source>
        <translation>Ulovligt behandlet</translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>Opbevaringsperioden er udløbet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Tier names</source>
        <translation>Navne på niveauer</translation>
    </message>
    <message>
        <source>Retention period (years)</source>
        <translation>Opbevaringsperiode (år)</translation>
    </message>
    <message>
        <source>Team server connection</source>
        <translation>Forbindelse til teamserveren</translation>
    </message>
    <message>
        <source>A time of the period has no time zone.</source>
        <translation>Et tidspunkt i perioden har ingen tidszone.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <source>The audit log is for supervisors and admins.</source>
        <translation>Revisionsloggen er for teamledere og administratorer.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Filen {path} kunne ikke skrives: {reason}</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Hele perioden</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Seneste 7 dage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Seneste 30 dage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Fra … til …</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>Vælg den første og den sidste dag i perioden.</translation>
    </message>
    <message>
        <source>The period must lie between the years 1900 and 2999.</source>
        <translation>Perioden skal ligge mellem årene 1900 og 2999.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>Every change to agents, teams, tiers, SLA policies, mailboxes, replies, macros, routing rules and privacy settings, and every refused sign-in. Entries cannot be changed or deleted.</source>
        <translation>Alle ændringer af medarbejdere, teams, niveauer, SLA-politikker, postkasser, standardsvar, makroer, routingregler og privatlivsindstillinger samt alle afviste logins. Poster kan hverken ændres eller slettes.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Find a name or a value</source>
        <translation>Søg efter et navn eller en værdi</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Hvem:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Hvad er ændret</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportér CSV…</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Ingen poster passer.</translation>
    </message>
    <message>
        <source>The newest %1 entries are shown; the export has all of them.</source>
        <translation>De nyeste %1 poster vises; eksporten indeholder dem alle.</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Poster: %1</translation>
    </message>
    <message>
        <source>%1 (sent by the server login %2)</source>
        <translation>%1 (sendt af serverlogin %2)</translation>
    </message>
    <message>
        <source>Exported to %1 (entries: %2).</source>
        <translation>Eksporteret til %1 (poster: %2).</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(ingen logget ind)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Eksportér revisionsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditPart</name>
    <message>
        <source>The audit log is for supervisors and admins.</source>
        <translation>Revisionsloggen er for teamledere og administratorer.</translation>
    </message>
    <message>
        <source>Au&amp;dit log…</source>
        <translation>Re&amp;visionslog…</translation>
    </message>
    <message>
        <source>Who changed agents, teams, policies, mailboxes and rules, and when</source>
        <translation>Hvem der ændrede medarbejdere, teams, politikker, postkasser og regler, og hvornår</translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>Available</source>
        <translation>Tilgængelig</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Optaget</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Væk</translation>
    </message>
</context>
<context>
    <name>AvailabilityButton</name>
    <message>
        <source>Your availability: only available agents are given new conversations automatically</source>
        <translation>Din tilgængelighed: kun tilgængelige medarbejdere får automatisk nye henvendelser</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message numerus="yes">
        <source>Change %n conversation(s)</source>
        <translation>
            <numerusform>Ændr %n henvendelse</numerusform>
            <numerusform>Ændr %n henvendelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave as is</source>
        <translation>Lad være som nu</translation>
    </message>
    <message>
        <source>Nobody (back to the queue)</source>
        <translation>Ingen (tilbage i køen)</translation>
    </message>
    <message>
        <source>refund, vip</source>
        <translation>refusion, vip</translation>
    </message>
    <message>
        <source>Hand-off note (needed for a tier change)</source>
        <translation>Overdragelsesnote (kræves ved skift af niveau)</translation>
    </message>
    <message>
        <source>Clear the follow-up</source>
        <translation>Fjern opfølgning</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>Om en time</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>I morgen</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Om en uge</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <source>A&amp;ssign to:</source>
        <translation>&amp;Tildel til:</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>Tilføj t&amp;ags:</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>Fje&amp;rn tags:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Niveau:</translation>
    </message>
    <message>
        <source>Hand-off &amp;note:</source>
        <translation>Overdragelses&amp;note:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Opfølgning:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <source>Choose at least one change.</source>
        <translation>Vælg mindst én ændring.</translation>
    </message>
</context>
<context>
    <name>BulkErrors</name>
    <message>
        <source>The tier must be 1, 2 or 3.</source>
        <translation>Niveauet skal være 1, 2 eller 3.</translation>
    </message>
    <message>
        <source>Reason must be one of {join}.</source>
        <translation>Årsagen skal være en af {join}.</translation>
    </message>
    <message>
        <source>It is solved; reopen it first.</source>
        <translation>Den er løst; genåbn den først.</translation>
    </message>
    <message>
        <source>Choose at least one change.</source>
        <translation>Vælg mindst én ændring.</translation>
    </message>
    <message>
        <source>It is at tier {tier}, which you do not work.</source>
        <translation>Den er på niveau {tier}, som du ikke arbejder på.</translation>
    </message>
    <message>
        <source>It belongs to a team you are not in.</source>
        <translation>Den hører til et team, du ikke er med i.</translation>
    </message>
    <message>
        <source>Conversation #{number}: {reason}</source>
        <translation>Henvendelse #{number}: {reason}</translation>
    </message>
    <message>
        <source>The agent at this desk is not an active agent.</source>
        <translation>Medarbejderen ved denne arbejdsplads er ikke aktiv.</translation>
    </message>
    <message>
        <source>Choose at least one conversation.</source>
        <translation>Vælg mindst én henvendelse.</translation>
    </message>
    <message>
        <source>Choose at most {MAX_BULK:,} conversations at a time (got {len:,}).</source>
        <translation>Vælg højst {MAX_BULK:,} henvendelser ad gangen (valgt: {len:,}).</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Den findes ikke længere.</translation>
    </message>
    <message>
        <source>Nothing was changed: conversation #{number}: {reason}</source>
        <translation>Intet blev ændret: henvendelse #{number}: {reason}</translation>
    </message>
    <message>
        <source>That status cannot be set by hand.</source>
        <translation>Den status kan ikke sættes manuelt.</translation>
    </message>
    <message>
        <source>It must be solved before it can be closed.</source>
        <translation>Den skal være løst, før den kan lukkes.</translation>
    </message>
    <message>
        <source>That priority does not exist.</source>
        <translation>Den prioritet findes ikke.</translation>
    </message>
    <message>
        <source>{name} does not work tier {tier}.</source>
        <translation>{name} arbejder ikke på niveau {tier}.</translation>
    </message>
    <message>
        <source>A tag cannot be added and removed at once.</source>
        <translation>Et tag kan ikke tilføjes og fjernes på én gang.</translation>
    </message>
    <message>
        <source>Name at least one tag to add or remove.</source>
        <translation>Angiv mindst ét tag, der skal tilføjes eller fjernes.</translation>
    </message>
    <message>
        <source>A follow-up time needs a time zone.</source>
        <translation>Et opfølgningstidspunkt skal have en tidszone.</translation>
    </message>
    <message>
        <source>A follow-up must be in the future.</source>
        <translation>En opfølgning skal ligge i fremtiden.</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message numerus="yes">
        <source>Changing %n conversation(s)…</source>
        <translation>
            <numerusform>Ændrer %n henvendelse…</numerusform>
            <numerusform>Ændrer %n henvendelser…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkSummary</name>
    <message numerus="yes">
        <source>%n conversation(s) changed.</source>
        <translation>
            <numerusform>%n henvendelse ændret.</numerusform>
            <numerusform>%n henvendelser ændret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as asked.</source>
        <translation>
            <numerusform>%n var allerede sådan.</numerusform>
            <numerusform>%n var allerede sådan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation>
            <numerusform>%n afvist:</numerusform>
            <numerusform>%n afvist:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n mere</numerusform>
            <numerusform>og %n mere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <source>Start call</source>
        <translation>Start opkald</translation>
    </message>
    <message>
        <source>Time the call: its length is kept with the logged reply</source>
        <translation>Tag tid på opkaldet: varigheden gemmes med det registrerede svar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>The call&apos;s length in minutes, if you did not time it</source>
        <translation>Opkaldets varighed i minutter, hvis du ikke tog tid på det</translation>
    </message>
    <message>
        <source>Stop call</source>
        <translation>Stop opkald</translation>
    </message>
</context>
<context>
    <name>CannedReplies</name>
    <message>
        <source>“%1” has no %2 text yet: the %3 one was inserted.</source>
        <translation>&quot;%1&quot; har endnu ingen tekst på %2: teksten på %3 blev indsat.</translation>
    </message>
    <message>
        <source>Fill in the highlighted %1 before sending.</source>
        <translation>Udfyld det fremhævede %1, før du sender.</translation>
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
        <translation>Mit team</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Kun mig</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Standardsvar</translation>
    </message>
    <message>
        <source>Placeholders: %1. A fallback for a missing value: {{customer.first_name | &quot;there&quot;}}.</source>
        <translation>Pladsholdere: %1. Reserveværdi for en manglende værdi: {{customer.first_name | &quot;kunde&quot;}}.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <source>(choose a team)</source>
        <translation>(vælg et team)</translation>
    </message>
    <message>
        <source>a sample conversation</source>
        <translation>en eksempelhenvendelse</translation>
    </message>
    <message>
        <source>the open conversation</source>
        <translation>den åbne henvendelse</translation>
    </message>
    <message>
        <source>used %1 times</source>
        <translation>brugt %1 gange</translation>
    </message>
    <message>
        <source>No text yet in: %1</source>
        <translation>Endnu ingen tekst på: %1</translation>
    </message>
    <message>
        <source>%1 replies</source>
        <translation>%1 svar</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke gemt endnu</translation>
    </message>
    <message>
        <source>%1: %2 is not a placeholder and would be sent as it is.</source>
        <translation>%1: %2 er ikke en pladsholder og ville blive sendt, som den er.</translation>
    </message>
    <message>
        <source>No text in %1 yet: those customers get the text in the agent&apos;s language.</source>
        <translation>Endnu ingen tekst på %1: de kunder får teksten på medarbejderens sprog.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>Gemt: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New reply: Save adds it to the library</source>
        <translation>Nyt svar: Gem føjer det til biblioteket</translation>
    </message>
    <message>
        <source>Copied: adapt it and save</source>
        <translation>Kopieret: tilpas det, og gem</translation>
    </message>
    <message>
        <source>Delete the canned reply “%1” for everyone who sees it?</source>
        <translation>Vil du slette standardsvaret &quot;%1&quot; for alle, der kan se det?</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>Slettet: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No %1 text yet.</source>
        <translation>Endnu ingen tekst på %1.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Intet blev importeret</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged</source>
        <translation>Importeret: %1 nye, %2 opdateret, %3 uændret</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 replies to %2</source>
        <translation>Eksporterede %1 svar til %2</translation>
    </message>
    <message>
        <source>Import canned replies</source>
        <translation>Importer standardsvar</translation>
    </message>
    <message>
        <source>Canned replies (*.json)</source>
        <translation>Standardsvar (*.json)</translation>
    </message>
    <message>
        <source>Export canned replies</source>
        <translation>Eksporter standardsvar</translation>
    </message>
    <message>
        <source>This reply cannot be saved as it is. Close and lose the changes?</source>
        <translation>Svaret kan ikke gemmes, som det er. Vil du lukke og miste ændringerne?</translation>
    </message>
</context>
<context>
    <name>CannedRepliesForm</name>
    <message>
        <source>Filter by shortcut, title or words</source>
        <translation>Filtrer efter genvej, titel eller ord</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;ubler</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksporter…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Shortcut</source>
        <translation>&amp;Genvej</translation>
    </message>
    <message>
        <source>typed after / in the composer, e.g. sorry-late</source>
        <translation>skrives efter / i editoren, f.eks. undskyld-sent</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>S&amp;hared with</source>
        <translation>&amp;Delt med</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tysk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Sociale medier</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Personligt fremmøde</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Wrote {path} (1 page, {seconds}s)</source>
        <translation>{path} skrevet (1 side, {seconds} s)</translation>
    </message>
    <message>
        <source>Wrote {path} ({count} pages, {seconds}s)</source>
        <translation>{path} skrevet ({count} sider, {seconds} s)</translation>
    </message>
    <message>
        <source>Wrote {path} (1 row, {seconds}s)</source>
        <translation>{path} skrevet (1 række, {seconds} s)</translation>
    </message>
    <message>
        <source>Wrote {path} ({count} rows, {seconds}s)</source>
        <translation>{path} skrevet ({count} rækker, {seconds} s)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Intern note</translation>
    </message>
    <message>
        <source>Reply to the customer (R)</source>
        <translation>Svar kunden (R)</translation>
    </message>
    <message>
        <source>Internal note: only agents see it (N)</source>
        <translation>Intern note: kun medarbejdere kan se den (N)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send and set waiting</source>
        <translation>Send og afvent</translation>
    </message>
    <message>
        <source>Send the reply and wait for the customer (status Pending)</source>
        <translation>Send svaret, og afvent kunden (status Afventer)</translation>
    </message>
    <message>
        <source>Send and solve</source>
        <translation>Send og løs</translation>
    </message>
    <message>
        <source>Send the reply and set the conversation to Solved</source>
        <translation>Send svaret, og sæt henvendelsen til Løst</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>Back to the usual size</source>
        <translation>Tilbage til normal størrelse</translation>
    </message>
    <message>
        <source>More room to write</source>
        <translation>Mere plads til at skrive</translation>
    </message>
    <message>
        <source>Only agents see internal notes</source>
        <translation>Kun medarbejdere kan se interne noter</translation>
    </message>
    <message>
        <source>Write an internal note… (%1 adds it)</source>
        <translation>Skriv en intern note… (%1 tilføjer den)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tilføj note</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>Write your reply… (%1 sends)</source>
        <translation>Skriv dit svar… (%1 sender)</translation>
    </message>
    <message>
        <source>Not delivered — no mailbox is connected</source>
        <translation>Ikke leveret – ingen postkasse er forbundet</translation>
    </message>
    <message>
        <source>%1: the customer does not get this reply.</source>
        <translation>%1: kunden modtager ikke dette svar.</translation>
    </message>
    <message>
        <source>%1 (%2). Esc in the text box goes back to the list.</source>
        <translation>%1 (%2). Esc i tekstfeltet går tilbage til listen.</translation>
    </message>
    <message>
        <source>To %1 by email</source>
        <translation>Til %1 via e-mail</translation>
    </message>
    <message>
        <source>To %1 by email from %2</source>
        <translation>Til %1 via e-mail fra %2</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Log and set waiting</source>
        <translation>Log og sæt til afventer</translation>
    </message>
    <message>
        <source>Log and solve</source>
        <translation>Log og løs</translation>
    </message>
    <message>
        <source>Write down what was said… (%1 logs it)</source>
        <translation>Skriv ned, hvad der blev sagt … (%1 logger det)</translation>
    </message>
    <message>
        <source>Not delivered — no connection for %1</source>
        <translation>Ikke leveret – ingen forbindelse til %1</translation>
    </message>
    <message>
        <source>Save — not delivered</source>
        <translation>Gem – ikke leveret</translation>
    </message>
    <message>
        <source>Logged with %1 (%2)</source>
        <translation>Log med %1 (%2)</translation>
    </message>
    <message>
        <source>To %1 via %2</source>
        <translation>Til %1 via %2</translation>
    </message>
    <message>
        <source>Save and set waiting</source>
        <translation>Gem og sæt til afventer</translation>
    </message>
    <message>
        <source>Save and solve</source>
        <translation>Gem og løs</translation>
    </message>
    <message>
        <source>Write your reply… it is kept here, not delivered (%1 saves it)</source>
        <translation>Skriv dit svar … det gemmes her, men leveres ikke (%1 gemmer det)</translation>
    </message>
    <message>
        <source>Nothing is sent: write down what was said or written.</source>
        <translation>Intet sendes: skriv ned, hvad der blev sagt eller skrevet.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Answer via %1 instead</source>
        <translation>Svar via %1 i stedet</translation>
    </message>
    <message>
        <source>Answer by email instead</source>
        <translation>Svar via e-mail i stedet</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>Din kladde kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Kladde gemt %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ComposerController</name>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Intern &amp;note</translation>
    </message>
    <message>
        <source>Reply &amp;all</source>
        <translation>Svar &amp;alle</translation>
    </message>
    <message>
        <source>Reply by email with everyone the customer wrote to in Cc</source>
        <translation>Svar via e-mail med alle, kunden skrev til, i Cc</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>&amp;Videresend …</translation>
    </message>
    <message>
        <source>Forward the conversation or its latest message by email</source>
        <translation>Videresend henvendelsen eller dens seneste besked via e-mail</translation>
    </message>
    <message>
        <source>Insert canned &amp;reply…</source>
        <translation>Indsæt stan&amp;dardsvar…</translation>
    </message>
    <message>
        <source>Or type / in the composer</source>
        <translation>Eller skriv / i editoren</translation>
    </message>
    <message>
        <source>&amp;Manage canned replies…</source>
        <translation>&amp;Administrer standardsvar…</translation>
    </message>
    <message>
        <source>This conversation was merged into #%1; write there instead.</source>
        <translation>Henvendelsen blev flettet ind i #%1; skriv dér i stedet.</translation>
    </message>
    <message>
        <source>This conversation is closed: replies are refused; internal notes are kept.</source>
        <translation>Henvendelsen er lukket: svar afvises; interne noter gemmes.</translation>
    </message>
    <message>
        <source>The reply still holds %1, which has no value here. Fill it in, or send again to send it as it is.</source>
        <translation>Svaret indeholder stadig %1, som ikke har nogen værdi her. Udfyld det, eller send igen for at sende det, som det er.</translation>
    </message>
    <message>
        <source>Forwarding needs a mailbox to send from; add one in File → Mail accounts.</source>
        <translation>Videresendelse kræver en postkasse at sende fra; tilføj en under Filer → Mailkonti.</translation>
    </message>
    <message>
        <source>New activity since you started writing: 1 new message, highlighted below. Review it, then send again.</source>
        <translation>Ny aktivitet, siden du begyndte at skrive: 1 ny besked, fremhævet nedenfor. Gennemse den, og send så igen.</translation>
    </message>
    <message numerus="yes">
        <source>New activity since you started writing: %n new messages, highlighted below. Review them, then send again.</source>
        <translation>
            <numerusform>Ny aktivitet, siden du begyndte at skrive: %n ny besked, fremhævet nedenfor. Gennemse den, og send så igen.</numerusform>
            <numerusform>Ny aktivitet, siden du begyndte at skrive: %n nye beskeder, fremhævet nedenfor. Gennemse dem, og send så igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New activity since you started writing, highlighted below. Review it, then send again.</source>
        <translation>Ny aktivitet, siden du begyndte at skrive, fremhævet nedenfor. Gennemse den, og send så igen.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>There are no escalation notices among the canned replies yet (shortcut /%1…).</source>
        <translation>Der er endnu ingen eskaleringsbeskeder blandt standardsvarene (genvej /%1…).</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Both changed it</source>
        <translation>Begge ændrede det</translation>
    </message>
    <message>
        <source>Taken by someone else first</source>
        <translation>Taget af en anden først</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Afvist af serveren</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Henvendelse</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Beholdt</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Tabt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synkroniseringskonflikter</translation>
    </message>
    <message>
        <source>Changes made on two desktops at once, where one had to give way. The value that lost is kept here: open the conversation to put it right, then dismiss the entry.</source>
        <translation>Ændringer foretaget på to computere samtidig, hvor den ene måtte vige. Den tabte værdi gemmes her: åbn henvendelsen for at rette den, og fjern så posten.</translation>
    </message>
    <message>
        <source>&amp;Open the conversation</source>
        <translation>Å&amp;bn henvendelsen</translation>
    </message>
    <message>
        <source>&amp;Dismiss (handled)</source>
        <translation>&amp;Fjern (håndteret)</translation>
    </message>
    <message>
        <source>No conflicts: every change was applied.</source>
        <translation>Ingen konflikter: alle ændringer blev gennemført.</translation>
    </message>
    <message>
        <source>%1 to review</source>
        <translation>%1 til gennemsyn</translation>
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
        <translation>(intet emne)</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>No conversation selected.</source>
        <translation>Ingen henvendelse valgt.</translation>
    </message>
    <message>
        <source>Let the customer know a specialist is taking over.</source>
        <translation>Giv kunden besked om, at en specialist overtager.</translation>
    </message>
    <message>
        <source>Write the notice</source>
        <translation>Skriv beskeden</translation>
    </message>
    <message>
        <source>Survey answer recorded.</source>
        <translation>Svar på undersøgelse registreret.</translation>
    </message>
</context>
<context>
    <name>ConversationPicker</name>
    <message>
        <source>Number, subject words or customer…</source>
        <translation>Nummer, ord fra emnet eller kunde…</translation>
    </message>
    <message>
        <source>No conversation found.</source>
        <translation>Ingen henvendelse fundet.</translation>
    </message>
</context>
<context>
    <name>ConversationTools</name>
    <message>
        <source>Record survey &amp;answer…</source>
        <translation>Registrer svar på &amp;undersøgelse…</translation>
    </message>
    <message>
        <source>A CSAT, NPS or CES answer the customer gave, e.g. on the phone</source>
        <translation>Et CSAT-, NPS- eller CES-svar, som kunden gav, f.eks. i telefonen</translation>
    </message>
    <message>
        <source>Add &amp;coaching note…</source>
        <translation>Tilføj &amp;coachingnote…</translation>
    </message>
    <message>
        <source>Supervisors: an internal note marked as coaching</source>
        <translation>Teamledere: en intern note markeret som coaching</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coachingnote</translation>
    </message>
    <message>
        <source>What went well, what to try next time:</source>
        <translation>Hvad gik godt, hvad kan prøves næste gang:</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>AgentDesk ran into a problem</source>
        <translation>AgentDesk stødte på et problem</translation>
    </message>
    <message>
        <source>Something went wrong that AgentDesk did not expect. Everything you saved is safe; the action you were doing may not have finished.</source>
        <translation>Der skete en uventet fejl i AgentDesk. Alt, hvad du har gemt, er i sikkerhed; den handling, du var i gang med, er måske ikke gennemført.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>Detaljerne blev skrevet til %1.</translation>
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
        <translation>Adskilt med komma</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <source>Create an organisation</source>
        <translation>Opret en organisation</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Name, domains, plan and notes of this organisation</source>
        <translation>Navn, domæner, abonnement og noter for denne organisation</translation>
    </message>
    <message>
        <source>VIP: their conversations deserve extra care</source>
        <translation>VIP: kundens henvendelser skal have ekstra omhu</translation>
    </message>
    <message>
        <source>For example: prefers a call after 16:00</source>
        <translation>For eksempel: vil helst ringes op efter kl. 16</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Other emails</source>
        <translation>&amp;Andre e-mails</translation>
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
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>A&amp;bonnement</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Note&amp;r</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>&amp;Merge a duplicate…</source>
        <translation>F&amp;let en dublet…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Ingen ændringer endnu.</translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message numerus="yes">
        <source>merged %1 into this customer (%n conversations moved)</source>
        <translation>
            <numerusform>flettede %1 ind i denne kunde (%n henvendelse flyttet)</numerusform>
            <numerusform>flettede %1 ind i denne kunde (%n henvendelser flyttet)</numerusform>
        </translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importeret fra %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>ændrede %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>other emails</source>
        <translation>andre e-mails</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>company</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprog</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>abonnement</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>noter</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Flet kunder</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Their conversations, addresses and notes move to %2, and %1 is removed. This cannot be undone.</source>
        <translation>Flet %1 ind i %2? Henvendelser, adresser og noter flyttes til %2, og %1 fjernes. Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>CustomerErrors</name>
    <message>
        <source>{file} is larger than {limit} MB; split it into smaller files.</source>
        <translation>{file} er større end {limit} MB; del den op i mindre filer.</translation>
    </message>
    <message>
        <source>Two columns are mapped to the field {field}; choose one.</source>
        <translation>To kolonner er knyttet til feltet {field}; vælg én.</translation>
    </message>
    <message>
        <source>No column is mapped to the name or the email address; choose at least one.</source>
        <translation>Ingen kolonne er knyttet til navn eller e-mailadresse; vælg mindst én.</translation>
    </message>
    <message>
        <source>No column is mapped to the organisation&apos;s name.</source>
        <translation>Ingen kolonne er knyttet til organisationens navn.</translation>
    </message>
    <message>
        <source>A customer needs a name or an email address.</source>
        <translation>En kunde skal have et navn eller en e-mailadresse.</translation>
    </message>
    <message>
        <source>The file is in UTF-16; save it as CSV UTF-8 or plain CSV and try again.</source>
        <translation>Filen er i UTF-16; gem den som CSV UTF-8 eller almindelig CSV, og prøv igen.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Filen er tom: den har ingen overskriftslinje.</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>En organisation skal have et navn.</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>En kunde skal have et navn.</translation>
    </message>
    <message>
        <source>A name is at most {limit} characters long.</source>
        <translation>Et navn må højst have {limit} tegn.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address.</source>
        <translation>“{email}” er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>A customer has at most {limit} email addresses.</source>
        <translation>En kunde kan højst have {limit} e-mailadresser.</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number (digits, spaces, + ( ) / . - only).</source>
        <translation>“{phone}” er ikke et telefonnummer (kun cifre, mellemrum, + ( ) / . -).</translation>
    </message>
    <message>
        <source>A company name is at most {limit} characters long.</source>
        <translation>Et firmanavn må højst have {limit} tegn.</translation>
    </message>
    <message>
        <source>Notes are at most {limit} characters long.</source>
        <translation>Noter må højst have {limit} tegn.</translation>
    </message>
    <message>
        <source>“{plan}” is not a plan; the plans are {plans}.</source>
        <translation>“{plan}” er ikke et abonnement; abonnementerne er {plans}.</translation>
    </message>
    <message>
        <source>“{language}” is not a language AgentDesk writes in; use {languages}.</source>
        <translation>AgentDesk skriver ikke på “{language}”; brug {languages}.</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no.</source>
        <translation>“{value}” er hverken ja eller nej.</translation>
    </message>
    <message>
        <source>“{domain}” is not a mail domain.</source>
        <translation>“{domain}” er ikke et maildomæne.</translation>
    </message>
    <message>
        <source>An organisation has at most {limit} domains.</source>
        <translation>En organisation kan højst have {limit} domæner.</translation>
    </message>
    <message>
        <source>{domain} is a public mail service, not an organisation&apos;s domain.</source>
        <translation>{domain} er en offentlig mailtjeneste, ikke en organisations domæne.</translation>
    </message>
    <message>
        <source>{domain} is the domain of {name} already.</source>
        <translation>{domain} er allerede domæne for {name}.</translation>
    </message>
    <message>
        <source>That organisation no longer exists.</source>
        <translation>Den organisation findes ikke længere.</translation>
    </message>
    <message>
        <source>{email} belongs to {name} already; merge the two customers instead.</source>
        <translation>{email} tilhører allerede {name}; flet de to kunder i stedet.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>En kunde kan ikke flettes med sig selv.</translation>
    </message>
    <message>
        <source>This customer was erased; their record cannot be changed.</source>
        <translation>Denne kunde er slettet; kundens oplysninger kan ikke ændres.</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>Den kunde findes ikke længere.</translation>
    </message>
    <message>
        <source>a character that is neither UTF-8 nor Windows-1252</source>
        <translation>et tegn, der hverken er UTF-8 eller Windows-1252</translation>
    </message>
    <message>
        <source>more than {limit} columns</source>
        <translation>mere end {limit} kolonner</translation>
    </message>
    <message>
        <source>the header line names no column</source>
        <translation>overskriftslinjen navngiver ingen kolonne</translation>
    </message>
    <message>
        <source>{cells} cells where the header line has {columns} (separator “{separator}”)</source>
        <translation>{cells} celler, hvor overskriftslinjen har {columns} (skilletegn “{separator}”)</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>et NUL-tegn</translation>
    </message>
    <message>
        <source>a quote is opened and never closed</source>
        <translation>et anførselstegn åbnes og lukkes aldrig</translation>
    </message>
    <message>
        <source>a quote inside a cell that is not quoted as a whole</source>
        <translation>et anførselstegn i en celle, der ikke står i anførselstegn som helhed</translation>
    </message>
    <message>
        <source>a cell longer than {limit} characters</source>
        <translation>en celle på mere end {limit} tegn</translation>
    </message>
    <message>
        <source>column “{column}”: {problem}</source>
        <translation>kolonne “{column}”: {problem}</translation>
    </message>
    <message>
        <source>{email} is on line {other} already</source>
        <translation>{email} står allerede på linje {other}</translation>
    </message>
    <message>
        <source>{name} is on line {other} already</source>
        <translation>{name} står allerede på linje {other}</translation>
    </message>
    <message>
        <source>the domain {domain} is on line {other} already</source>
        <translation>domænet {domain} står allerede på linje {other}</translation>
    </message>
    <message>
        <source>the domain {domain} belongs to {holder} already</source>
        <translation>domænet {domain} hører allerede til {holder}</translation>
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
        <translation>VIP-kunde: henvendelserne skal have ekstra omhu</translation>
    </message>
    <message>
        <source>Edit the customer, merge a duplicate, see the history (Ctrl+Shift+U)</source>
        <translation>Rediger kunden, flet en dublet, se historikken (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>Andre e-mails</translation>
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
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Kunde siden</translation>
    </message>
    <message>
        <source>Show the customer</source>
        <translation>Vis kunden</translation>
    </message>
    <message>
        <source>Hide the customer</source>
        <translation>Skjul kunden</translation>
    </message>
    <message>
        <source>Notes about %1</source>
        <translation>Noter om %1</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>No other conversations with %1.</source>
        <translation>Ingen andre henvendelser med %1.</translation>
    </message>
    <message>
        <source>Other conversations (newest %1 of %2)</source>
        <translation>Andre henvendelser (nyeste %1 af %2)</translation>
    </message>
    <message>
        <source>Other conversations (%1)</source>
        <translation>Andre henvendelser (%1)</translation>
    </message>
    <message>
        <source>1 other conversation</source>
        <translation>1 anden henvendelse</translation>
    </message>
    <message numerus="yes">
        <source>%n other conversations</source>
        <translation>
            <numerusform>%n anden henvendelse</numerusform>
            <numerusform>%n andre henvendelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Open at %1 (%2)</source>
        <translation>Åbne hos %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CustomerTools</name>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importér kunder…</translation>
    </message>
    <message>
        <source>Customers or organisations from a CSV file, with a preview; all of it or nothing</source>
        <translation>Kunder eller organisationer fra en CSV-fil, med forhåndsvisning; alt eller intet</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Last 7 days</source>
        <translation>Seneste 7 dage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Seneste 30 dage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Seneste 90 dage</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Samlet</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ingen data</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Opdater</translation>
    </message>
    <message>
        <source>← Back to the inbox</source>
        <translation>← Tilbage til indbakken</translation>
    </message>
    <message>
        <source>The conversation list and the open conversation (Ctrl+Shift+D)</source>
        <translation>Listen over henvendelser og den åbne henvendelse (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Eksporter rapport…</translation>
    </message>
    <message>
        <source>The key figures of the period shown, overall and per team, tier and channel, as PDF or CSV</source>
        <translation>Nøgletallene for den viste periode, samlet og pr. team, niveau og kanal, som PDF eller CSV</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Pr. niveau</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Pr. team</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Pr. status</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Pr. kanal</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveauer</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Load per agent</source>
        <translation>Belastning pr. medarbejder</translation>
    </message>
    <message>
        <source>Longest waiting customers</source>
        <translation>Kunder, der har ventet længst</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Opdel efter</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>SLA compliance per target</source>
        <translation>SLA-overholdelse pr. mål</translation>
    </message>
    <message>
        <source>CSAT by team</source>
        <translation>CSAT pr. team</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>indlæser…</translation>
    </message>
    <message>
        <source>Computing the key figures for %1…</source>
        <translation>Beregner nøgletallene for %1…</translation>
    </message>
    <message>
        <source>The key figures could not be computed: %1</source>
        <translation>Nøgletallene kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>Oversigten kunne ikke indlæses: %1</translation>
    </message>
    <message>
        <source>as of %1 · from this computer&apos;s copy</source>
        <translation>pr. %1 · fra denne computers kopi</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Åbne henvendelser</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Due within the hour</source>
        <translation>Forfalder snart</translation>
    </message>
    <message>
        <source>Escalated, last 7 days</source>
        <translation>Eskaleret, 7 dage</translation>
    </message>
    <message>
        <source>%1 of %2 conversations created in the last 7 days went to a higher tier.</source>
        <translation>%1 af %2 henvendelser oprettet i de seneste 7 dage gik til et højere niveau.</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Changes made on two desktops at once where one had to give way; click to review them.</source>
        <translation>Ændringer foretaget på to computere samtidig, hvor den ene måtte vige; klik for at gennemse dem.</translation>
    </message>
    <message>
        <source>%1: %2 – %3 (computed in %4 s). Hover a figure for how it is computed.</source>
        <translation>%1: %2 – %3 (beregnet på %4 s). Hold musen over et tal for at se, hvordan det beregnes.</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 besvaret</translation>
    </message>
    <message>
        <source>%1 of %2 survey mails sent in the period were answered.</source>
        <translation>%1 af %2 undersøgelsesmails sendt i perioden blev besvaret.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Based on %1.</source>
        <translation>Baseret på %1.</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Første svar</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Næste svar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksporter rapport</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV table (*.csv)</source>
        <translation>PDF-rapport (*.pdf);;CSV-tabel (*.csv)</translation>
    </message>
    <message>
        <source>Writing the report to %1…</source>
        <translation>Skriver rapporten til %1…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport skrevet til %1</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Rapporten kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>På hold</translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation>Nye henvendelser</translation>
    </message>
    <message>
        <source>Pending conversations</source>
        <translation>Henvendelser, der afventer kunden</translation>
    </message>
    <message>
        <source>Conversations on hold</source>
        <translation>Henvendelser på hold</translation>
    </message>
    <message>
        <source>Active conversations (new, open, waiting on customer, on hold)</source>
        <translation>Aktive henvendelser (nye, åbne, afventer kunde, på hold)</translation>
    </message>
    <message>
        <source>(unknown team)</source>
        <translation>(ukendt team)</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Intet team</translation>
    </message>
    <message>
        <source>Active conversations of {team}</source>
        <translation>Aktive henvendelser hos {team}</translation>
    </message>
    <message>
        <source>Active conversations without a team</source>
        <translation>Aktive henvendelser uden team</translation>
    </message>
    <message>
        <source>(unknown agent)</source>
        <translation>(ukendt medarbejder)</translation>
    </message>
    <message>
        <source>Active conversations assigned to {name}</source>
        <translation>Aktive henvendelser, som {name} er ansvarlig for</translation>
    </message>
    <message>
        <source>{name}: breached</source>
        <translation>{name}: overskredet</translation>
    </message>
    <message>
        <source>Breached conversations assigned to {name}</source>
        <translation>Henvendelser med overskredet SLA, som {name} er ansvarlig for</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaleret</translation>
    </message>
    <message>
        <source>Conversations created in the last {count} days and escalated to a higher tier</source>
        <translation>Henvendelser oprettet de seneste {count} dage og eskaleret til et højere niveau</translation>
    </message>
    <message>
        <source>Conversations created in the last {count} hours and escalated to a higher tier</source>
        <translation>Henvendelser oprettet de seneste {count} timer og eskaleret til et højere niveau</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Ophobning</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Niveau {tier}</translation>
    </message>
    <message>
        <source>Active tier {tier} conversations</source>
        <translation>Aktive henvendelser på niveau {tier}</translation>
    </message>
    <message>
        <source>Active conversations, channel: {channel}</source>
        <translation>Aktive henvendelser, kanal: {channel}</translation>
    </message>
    <message>
        <source>Active conversations nobody is assigned to</source>
        <translation>Aktive henvendelser uden ansvarlig</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Forfalder snart</translation>
    </message>
    <message>
        <source>Active conversations with an SLA target due within {minutes} minutes</source>
        <translation>Aktive henvendelser med et SLA-mål, der forfalder inden for {minutes} minutter</translation>
    </message>
    <message>
        <source>Active conversations with an SLA target past its due time</source>
        <translation>Aktive henvendelser med et overskredet SLA-mål</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Not delivered — no connection for this channel</source>
        <translation>Ikke leveret – ingen forbindelse til denne kanal</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>til %1</translation>
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
        <translation>ikke sendt</translation>
    </message>
    <message>
        <source>waiting to be sent…</source>
        <translation>venter på at blive sendt …</translation>
    </message>
    <message>
        <source>Forwarded by email</source>
        <translation>Videresendt via e-mail</translation>
    </message>
    <message>
        <source>Forwarded by email, sent</source>
        <translation>Videresendt via e-mail, sendt</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>Logged (%1): recorded by the agent, nothing was sent</source>
        <translation>Logget (%1): noteret af medarbejderen, intet blev sendt</translation>
    </message>
    <message>
        <source>Reply via %1</source>
        <translation>Svar via %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sendt</translation>
    </message>
    <message>
        <source>Sent by email from %1</source>
        <translation>Sendt via e-mail fra %1</translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation>Sendt via e-mail</translation>
    </message>
    <message>
        <source>By email from %1</source>
        <translation>Via e-mail fra %1</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Via e-mail</translation>
    </message>
</context>
<context>
    <name>DeskLock</name>
    <message>
        <source>With a team server, you are the agent of your server login.</source>
        <translation>Med en teamserver er du medarbejderen bag dit serverlogin.</translation>
    </message>
    <message>
        <source>S&amp;witch agent…</source>
        <translation>Skift &amp;medarbejder…</translation>
    </message>
    <message>
        <source>Lock the desk and let another agent sign in; drafts are kept for each</source>
        <translation>Lås arbejdspladsen og lad en anden medarbejder logge ind; kladderne gemmes for hver enkelt</translation>
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
        <translation>Åbn</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1d %2t</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1d</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1t %2m</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <source>Cut the selected text (Ctrl+X in any text box)</source>
        <translation>Klip den markerede tekst (Ctrl+X i alle tekstfelter)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opiér</translation>
    </message>
    <message>
        <source>Copy the selected text (Ctrl+C in any text box)</source>
        <translation>Kopiér den markerede tekst (Ctrl+C i alle tekstfelter)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <source>Paste text, or attach a copied picture or files to the reply (Ctrl+V in any text box)</source>
        <translation>Indsæt tekst, eller vedhæft et kopieret billede eller kopierede filer til svaret (Ctrl+V i alle tekstfelter)</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase customer</source>
        <translation>Slet kunde</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Slet %1 endeligt?</translation>
    </message>
    <message>
        <source>Their name, addresses, notes, the texts of their conversations, their survey comments and all files are deleted here, on the server and, at their next sync, on every other desktop. The conversations stay as empty records, so reports and KPIs keep counting them. This cannot be undone. Export their data first if they asked for a copy.</source>
        <translation>Kundens navn, adresser, noter, teksterne i henvendelserne, kommentarer til undersøgelser og alle filer slettes her, på serveren og ved næste synkronisering på alle andre computere. Henvendelserne bliver stående som tomme poster, så rapporter og nøgletal stadig tæller dem. Det kan ikke fortrydes. Eksportér oplysningerne først, hvis kunden har bedt om en kopi.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Årsag</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Jeg forstår, at det ikke kan fortrydes</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>line {line}: {problem}</source>
        <translation>linje {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>EscalationErrors</name>
    <message>
        <source>Choose who works at this desk before escalating (Settings).</source>
        <translation>Vælg, hvem der arbejder ved denne arbejdsplads, før du eskalerer (Indstillinger).</translation>
    </message>
    <message>
        <source>The agent at this desk is not an active agent.</source>
        <translation>Medarbejderen ved denne arbejdsplads er ikke en aktiv medarbejder.</translation>
    </message>
    <message>
        <source>{name} does not work tier {tier}.</source>
        <translation>{name} arbejder ikke på niveau {tier}.</translation>
    </message>
    <message>
        <source>That team does not exist.</source>
        <translation>Det team findes ikke.</translation>
    </message>
    <message>
        <source>Reason must be one of {join} (got {reason!r}).</source>
        <translation>Årsagen skal være en af {join} (fik {reason!r}).</translation>
    </message>
    <message>
        <source>Conversation #{number} is {status}; reopen it first.</source>
        <translation>Henvendelse #{number} er {status}; genåbn den først.</translation>
    </message>
    <message>
        <source>Conversation #{number} is at tier {tier}; escalate to a higher tier (up to 3).</source>
        <translation>Henvendelse #{number} er på niveau {tier}; eskaler til et højere niveau (op til 3).</translation>
    </message>
    <message>
        <source>Conversation #{number} is at tier {tier}; return it to a lower tier.</source>
        <translation>Henvendelse #{number} er på niveau {tier}; send den tilbage til et lavere niveau.</translation>
    </message>
    <message>
        <source>Conversation #{number} is already with {name}.</source>
        <translation>Henvendelse #{number} ligger allerede hos {name}.</translation>
    </message>
    <message>
        <source>That conversation does not exist.</source>
        <translation>Den henvendelse findes ikke.</translation>
    </message>
</context>
<context>
    <name>ExchangeErrors</name>
    <message>
        <source>Cannot write {out}: {value}.</source>
        <translation>Kan ikke skrive {out}: {value}.</translation>
    </message>
    <message>
        <source>{source} does not exist.</source>
        <translation>{source} findes ikke.</translation>
    </message>
    <message>
        <source>{source} is a folder, not an exchange file.</source>
        <translation>{source} er en mappe, ikke en udvekslingsfil.</translation>
    </message>
    <message>
        <source>Cannot read {source}: {value}.</source>
        <translation>Kan ikke læse {source}: {value}.</translation>
    </message>
</context>
<context>
    <name>FileChip</name>
    <message>
        <source>Attached file %1, %2</source>
        <translation>Vedhæftet fil %1, %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Fjern %1</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Tomorrow morning</source>
        <translation>I morgen tidlig</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>Om 3 dage</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Om en uge</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Pick a date…</source>
        <translation>Vælg en dato…</translation>
    </message>
    <message>
        <source>Clear follow-up</source>
        <translation>Fjern opfølgning</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Follow up on…</source>
        <translation>Følg op den…</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tidspunkt:</translation>
    </message>
    <message>
        <source>Set follow-up</source>
        <translation>Sæt opfølgning</translation>
    </message>
    <message>
        <source>Pick a moment in the future.</source>
        <translation>Vælg et tidspunkt i fremtiden.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>The form %1 is missing (%2); reinstalling may help.</source>
        <translation>Formularen %1 mangler (%2); en geninstallation kan hjælpe.</translation>
    </message>
    <message>
        <source>The form %1 could not be loaded (%2); reinstalling may help.</source>
        <translation>Formularen %1 kunne ikke indlæses (%2); en geninstallation kan hjælpe.</translation>
    </message>
    <message>
        <source>The form has no %1 named %2; reinstalling may help.</source>
        <translation>Formularen har ingen %1 med navnet %2; en geninstallation kan hjælpe.</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward by email</source>
        <translation>Videresend via e-mail</translation>
    </message>
    <message>
        <source>name@example.com, …</source>
        <translation>navn@example.com, …</translation>
    </message>
    <message>
        <source>The customer&apos;s latest message</source>
        <translation>Kundens seneste besked</translation>
    </message>
    <message>
        <source>The whole conversation</source>
        <translation>Hele henvendelsen</translation>
    </message>
    <message>
        <source>A note for the recipient (optional)</source>
        <translation>En note til modtageren (valgfri)</translation>
    </message>
    <message>
        <source>The customer does not see the forward; the timeline records it as an internal note.</source>
        <translation>Kunden ser ikke videresendelsen; tidslinjen gemmer den som en intern note.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Forward:</source>
        <translation>&amp;Videresend:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Videresend</translation>
    </message>
    <message>
        <source>Say who the forward goes to.</source>
        <translation>Angiv, hvem videresendelsen skal til.</translation>
    </message>
</context>
<context>
    <name>HandOver</name>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskaler…</translation>
    </message>
    <message>
        <source>Re&amp;turn to a lower tier…</source>
        <translation>Send &amp;tilbage til et lavere niveau…</translation>
    </message>
    <message>
        <source>Transfer to another tea&amp;m…</source>
        <translation>Overfør til et andet tea&amp;m…</translation>
    </message>
    <message>
        <source>Ta&amp;ke</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>T&amp;ier</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>Tea&amp;m</translation>
    </message>
    <message>
        <source>This conversation is already with %1, the highest tier.</source>
        <translation>Henvendelsen ligger allerede hos %1, det højeste niveau.</translation>
    </message>
    <message>
        <source>This conversation is already with the first tier.</source>
        <translation>Henvendelsen ligger allerede på første niveau.</translation>
    </message>
    <message>
        <source>This conversation is %1; reopen it before handing it over.</source>
        <translation>Henvendelsen er %1; genåbn den, før du overdrager den.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>this conversation</source>
        <translation>denne henvendelse</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(intet emne)</translation>
    </message>
    <message>
        <source>Escalate %1</source>
        <translation>Eskaler %1</translation>
    </message>
    <message>
        <source>“%1” is with %2. The note goes to the timeline as an internal note.</source>
        <translation>&quot;%1&quot; ligger hos %2. Noten kommer på tidslinjen som intern note.</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskaler</translation>
    </message>
    <message>
        <source>Return %1 to a lower tier</source>
        <translation>Send %1 tilbage til et lavere niveau</translation>
    </message>
    <message>
        <source>“%1” is with %2. Say what was found and what to tell the customer.</source>
        <translation>&quot;%1&quot; ligger hos %2. Skriv, hvad der blev fundet, og hvad kunden skal have at vide.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Send tilbage</translation>
    </message>
    <message>
        <source>&amp;Note (internal)</source>
        <translation>&amp;Note (intern)</translation>
    </message>
    <message>
        <source>What was found, what was done, what to tell the customer</source>
        <translation>Hvad blev fundet, hvad blev gjort, hvad skal kunden have at vide</translation>
    </message>
    <message>
        <source>Transfer %1 to another team</source>
        <translation>Overfør %1 til et andet team</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>intet team</translation>
    </message>
    <message>
        <source>“%1” is with %2, team %3. It goes to the new team&apos;s queue in the same tier.</source>
        <translation>&quot;%1&quot; ligger hos %2, team %3. Den kommer i det nye teams kø på samme niveau.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overfør</translation>
    </message>
    <message>
        <source>&amp;Note (internal, optional)</source>
        <translation>&amp;Note (intern, valgfri)</translation>
    </message>
    <message>
        <source>Why this team, and anything they should know</source>
        <translation>Hvorfor dette team, og hvad de skal vide</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Behold %1</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Intet team</translation>
    </message>
    <message>
        <source>There are no teams yet; an admin adds them under File → Agents and teams.</source>
        <translation>Der er endnu ingen teams; en administrator tilføjer dem under Filer → Medarbejdere og teams.</translation>
    </message>
    <message>
        <source>Tier queue (whoever takes it first)</source>
        <translation>Niveauets kø (den, der tager den først)</translation>
    </message>
    <message>
        <source>Nobody works this tier yet; it waits in the queue.</source>
        <translation>Ingen arbejder på dette niveau endnu; den venter i køen.</translation>
    </message>
    <message>
        <source>1 agent works this tier.</source>
        <translation>1 medarbejder arbejder på dette niveau.</translation>
    </message>
    <message>
        <source>%1 agents work this tier.</source>
        <translation>%1 medarbejdere arbejder på dette niveau.</translation>
    </message>
    <message>
        <source>Write a hand-off note: what the customer wants and what was tried.</source>
        <translation>Skriv en overdragelsesnote: hvad kunden ønsker, og hvad der er prøvet.</translation>
    </message>
    <message>
        <source>Escalated to %1.</source>
        <translation>Eskaleret til %1.</translation>
    </message>
    <message>
        <source>Returned to %1.</source>
        <translation>Sendt tilbage til %1.</translation>
    </message>
    <message>
        <source>Transferred to %1.</source>
        <translation>Overført til %1.</translation>
    </message>
</context>
<context>
    <name>HandOverForm</name>
    <message>
        <source>To &amp;tier</source>
        <translation>Til &amp;niveau</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Årsag</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Medarbejder</translation>
    </message>
    <message>
        <source>Hand-off &amp;note (internal)</source>
        <translation>&amp;Overdragelsesnote (intern)</translation>
    </message>
    <message>
        <source>What the customer wants, what was tried, what is left to do</source>
        <translation>Hvad kunden ønsker, hvad der er prøvet, hvad der mangler</translation>
    </message>
</context>
<context>
    <name>HelpCentreDialog</name>
    <message>
        <source>Help centre</source>
        <translation>Hjælpecenter</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Butikkens navn</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Publish writes the public articles as web pages into a folder; upload it to this address. Replies then link to the articles there.</source>
        <translation>Udgiv skriver de offentlige artikler som websider i en mappe; upload den til denne adresse. Svar linker så til artiklerne der.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Udgiv…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Publish the help centre into</source>
        <translation>Udgiv hjælpecentret i</translation>
    </message>
    <message numerus="yes">
        <source>%n pages written to %1.</source>
        <translation>
            <numerusform>%n side skrevet til %1.</numerusform>
            <numerusform>%n sider skrevet til %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Importér kunder</translation>
    </message>
    <message>
        <source>A CSV file: UTF-8 or Windows-1252, separated by ; or ,</source>
        <translation>En CSV-fil: UTF-8 eller Windows-1252, adskilt med ; eller ,</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Vælg fil…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Spring dem over</translation>
    </message>
    <message>
        <source>Update the customer with the file&apos;s values</source>
        <translation>Opdatér kunden med filens værdier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>The file &amp;lists</source>
        <translation>Filen &amp;indeholder</translation>
    </message>
    <message>
        <source>Customers whose &amp;email exists already</source>
        <translation>Kunder hvis &amp;e-mail allerede findes</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mportér</translation>
    </message>
    <message>
        <source>Which field each column holds:</source>
        <translation>Hvilket felt hver kolonne indeholder:</translation>
    </message>
    <message>
        <source>Preview (the first %1 rows, as they would be stored):</source>
        <translation>Forhåndsvisning (de første %1 rækker, som de ville blive gemt):</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeres ikke)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>Andre e-mails</translation>
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
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domæner</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n at tilføje</numerusform>
            <numerusform>%n at tilføje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n at opdatere</numerusform>
            <numerusform>%n at opdatere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicates</source>
        <translation>
            <numerusform>%n sprunget over som dublet</numerusform>
            <numerusform>%n sprunget over som dubletter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisations</source>
        <translation>
            <numerusform>%n ny organisation</numerusform>
            <numerusform>%n nye organisationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked, nothing written yet: %1.</source>
        <translation>Kontrolleret, intet gemt endnu: %1.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>tilføj</translation>
    </message>
    <message>
        <source>update</source>
        <translation>opdatér</translation>
    </message>
    <message>
        <source>skip (duplicate)</source>
        <translation>spring over (dublet)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Intet kan importeres: %1</translation>
    </message>
</context>
<context>
    <name>InboxErrors</name>
    <message>
        <source>An agent works at least one tier; tick one or more of the tiers 1, 2 and 3.</source>
        <translation>En medarbejder arbejder på mindst ét niveau; markér et eller flere af niveauerne 1, 2 og 3.</translation>
    </message>
    <message>
        <source>An agent works one or more of the tiers 1, 2 and 3.</source>
        <translation>En medarbejder arbejder på et eller flere af niveauerne 1, 2 og 3.</translation>
    </message>
    <message>
        <source>Give a name for each of the three tiers.</source>
        <translation>Giv hvert af de tre niveauer et navn.</translation>
    </message>
    <message>
        <source>Tier {tier} needs a name.</source>
        <translation>Niveau {tier} skal have et navn.</translation>
    </message>
    <message>
        <source>The name of tier {tier} is too long (at most {MAX_TIER_NAME} characters).</source>
        <translation>Navnet på niveau {tier} er for langt (højst {MAX_TIER_NAME} tegn).</translation>
    </message>
    <message>
        <source>Each tier needs a name of its own; two tiers have the same name.</source>
        <translation>Hvert niveau skal have sit eget navn; to niveauer har samme navn.</translation>
    </message>
    <message>
        <source>That team does not exist (it may have been deleted).</source>
        <translation>Det team findes ikke (det er måske blevet slettet).</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Et team skal have et navn.</translation>
    </message>
    <message>
        <source>A team called {name!r} already exists.</source>
        <translation>Der findes allerede et team med navnet {name!r}.</translation>
    </message>
    <message>
        <source>That agent does not exist.</source>
        <translation>Den medarbejder findes ikke.</translation>
    </message>
    <message>
        <source>An agent needs an email address.</source>
        <translation>En medarbejder skal have en e-mailadresse.</translation>
    </message>
    <message>
        <source>{email!r} is not an email address.</source>
        <translation>{email!r} er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>An agent with the address {email} already exists ({holder}).</source>
        <translation>Der findes allerede en medarbejder med adressen {email} ({holder}).</translation>
    </message>
    <message>
        <source>An agent needs a name.</source>
        <translation>En medarbejder skal have et navn.</translation>
    </message>
    <message>
        <source>Role must be one of {join}.</source>
        <translation>Rollen skal være en af {join}.</translation>
    </message>
    <message>
        <source>Language must be one of {join}.</source>
        <translation>Sproget skal være et af {join}.</translation>
    </message>
    <message>
        <source>Only an admin can give the admin role.</source>
        <translation>Kun en administrator kan give administratorrollen.</translation>
    </message>
    <message>
        <source>Only an admin can give or take the admin role.</source>
        <translation>Kun en administrator kan give eller fratage administratorrollen.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; ask another admin.</source>
        <translation>Du kan ikke deaktivere dig selv; spørg en anden administrator.</translation>
    </message>
    <message>
        <source>Only an admin can deactivate an admin.</source>
        <translation>Kun en administrator kan deaktivere en administrator.</translation>
    </message>
    <message>
        <source>Only an admin can reactivate an admin.</source>
        <translation>Kun en administrator kan genaktivere en administrator.</translation>
    </message>
    <message>
        <source>{taken} now uses the address {email}; change one of them first.</source>
        <translation>{taken} bruger nu adressen {email}; ret en af dem først.</translation>
    </message>
    <message>
        <source>A draft is a reply or a note (got {mode!r}).</source>
        <translation>En kladde er et svar eller en note (fik {mode!r}).</translation>
    </message>
    <message>
        <source>That conversation does not exist.</source>
        <translation>Den henvendelse findes ikke.</translation>
    </message>
    <message>
        <source>{what} does not exist.</source>
        <translation>{what} findes ikke.</translation>
    </message>
    <message>
        <source>Type something to search for.</source>
        <translation>Skriv noget at søge efter.</translation>
    </message>
    <message>
        <source>The search is too long (at most {MAX_QUERY} characters).</source>
        <translation>Søgningen er for lang (højst {MAX_QUERY} tegn).</translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>Et anførselstegn er ikke lukket.</translation>
    </message>
    <message>
        <source>OR needs a word before it.</source>
        <translation>OR skal have et ord foran sig.</translation>
    </message>
    <message>
        <source>The search has too many words (at most {MAX_TERMS}).</source>
        <translation>Søgningen har for mange ord (højst {MAX_TERMS}).</translation>
    </message>
    <message>
        <source>OR needs a word after it.</source>
        <translation>OR skal have et ord efter sig.</translation>
    </message>
    <message>
        <source>Say what to look for, not only what to leave out.</source>
        <translation>Angiv, hvad der skal søges efter, ikke kun hvad der skal udelades.</translation>
    </message>
    <message>
        <source>The search holds no words to look for.</source>
        <translation>Søgningen indeholder ingen ord at søge efter.</translation>
    </message>
    <message>
        <source>{what} must be one of {join} (got {value!r}).</source>
        <translation>{what} skal være en af {join} (fik {value!r}).</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} er tom.</translation>
    </message>
    <message>
        <source>{what} is too long ({len:,} characters; at most {MAX_BODY:,}).</source>
        <translation>{what} er for lang ({len:,} tegn; højst {MAX_BODY:,}).</translation>
    </message>
    <message>
        <source>A time without a time zone was given.</source>
        <translation>Der blev angivet et tidspunkt uden tidszone.</translation>
    </message>
    <message>
        <source>That conversation does not exist (it may have been deleted).</source>
        <translation>Den henvendelse findes ikke (den er måske blevet slettet).</translation>
    </message>
    <message>
        <source>Conversation #{number} was merged into another conversation.</source>
        <translation>Henvendelse #{number} blev flettet ind i en anden henvendelse.</translation>
    </message>
    <message>
        <source>{name} is deactivated and cannot take conversations.</source>
        <translation>{name} er deaktiveret og kan ikke tage henvendelser.</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>En kunde skal have et navn.</translation>
    </message>
    <message>
        <source>A conversation needs a subject.</source>
        <translation>En henvendelse skal have et emne.</translation>
    </message>
    <message>
        <source>The subject is too long (at most {MAX_SUBJECT} characters).</source>
        <translation>Emnet er for langt (højst {MAX_SUBJECT} tegn).</translation>
    </message>
    <message>
        <source>That customer does not exist.</source>
        <translation>Den kunde findes ikke.</translation>
    </message>
    <message>
        <source>Conversation #{number} must be solved before it can be closed.</source>
        <translation>Henvendelse #{number} skal være løst, før den kan lukkes.</translation>
    </message>
    <message>
        <source>A conversation cannot be set back to new.</source>
        <translation>En henvendelse kan ikke sættes tilbage til ny.</translation>
    </message>
    <message>
        <source>A tag cannot be added and removed at once.</source>
        <translation>Et tag kan ikke tilføjes og fjernes på samme tid.</translation>
    </message>
    <message>
        <source>A follow-up time needs a time zone.</source>
        <translation>Et opfølgningstidspunkt skal have en tidszone.</translation>
    </message>
    <message>
        <source>A follow-up must be in the future.</source>
        <translation>En opfølgning skal ligge i fremtiden.</translation>
    </message>
    <message>
        <source>Choose at least one conversation to merge.</source>
        <translation>Vælg mindst én henvendelse at flette.</translation>
    </message>
    <message>
        <source>A conversation cannot be merged into itself.</source>
        <translation>En henvendelse kan ikke flettes ind i sig selv.</translation>
    </message>
    <message>
        <source>Merge at most {MAX_SOURCES} conversations at a time.</source>
        <translation>Flet højst {MAX_SOURCES} henvendelser ad gangen.</translation>
    </message>
    <message>
        <source>Only conversations of the same customer can be merged.</source>
        <translation>Kun henvendelser fra samme kunde kan flettes.</translation>
    </message>
    <message>
        <source>Conversation #{number} is not merged.</source>
        <translation>Henvendelse #{number} er ikke flettet.</translation>
    </message>
    <message>
        <source>The merge of #{number} cannot be undone: it was recorded without what it moved.</source>
        <translation>Fletningen af #{number} kan ikke fortrydes: den blev registreret uden de flyttede beskeder.</translation>
    </message>
    <message>
        <source>Conversation #{number} was merged again since; undo that merge first.</source>
        <translation>Henvendelse #{number} er siden flettet igen; fortryd den fletning først.</translation>
    </message>
    <message>
        <source>Conversation #{number} was already merged.</source>
        <translation>Henvendelse #{number} er allerede flettet.</translation>
    </message>
    <message>
        <source>That agent does not exist or is deactivated.</source>
        <translation>Den medarbejder findes ikke eller er deaktiveret.</translation>
    </message>
    <message>
        <source>A conversation cannot be linked to itself.</source>
        <translation>En henvendelse kan ikke linkes til sig selv.</translation>
    </message>
    <message>
        <source>Conversation #{number} has {MAX_LINKS} links already.</source>
        <translation>Henvendelse #{number} har allerede {MAX_LINKS} links.</translation>
    </message>
    <message>
        <source>That message is not in this conversation.</source>
        <translation>Den besked hører ikke til denne henvendelse.</translation>
    </message>
    <message>
        <source>The first message cannot be split off: nothing would be left in #{number}.</source>
        <translation>Den første besked kan ikke deles fra: der ville ikke være noget tilbage i #{number}.</translation>
    </message>
    <message>
        <source>The call length must be a number of minutes.</source>
        <translation>Opkaldets varighed skal være et antal minutter.</translation>
    </message>
    <message>
        <source>The call length must be from 0 to {hours} hours.</source>
        <translation>Opkaldets varighed skal være fra 0 til {hours} timer.</translation>
    </message>
    <message>
        <source>Nobody in this workspace is a supervisor or admin yet, so whoever sets it up may change agents and teams. Make someone an admin first.</source>
        <translation>Der er endnu ingen teamleder eller administrator i dette arbejdsområde, så den, der sætter det op, må ændre medarbejdere og teams. Gør først nogen til administrator.</translation>
    </message>
    <message>
        <source>{name} is deactivated: only active admins change agents, and only active supervisors and admins change teams and tier names.</source>
        <translation>{name} er deaktiveret: Kun aktive administratorer ændrer medarbejdere, og kun aktive teamledere og administratorer ændrer teams og niveaunavne.</translation>
    </message>
    <message>
        <source>Choose who works at this desk (Settings) first: only admins change agents, and only supervisors and admins change teams and tier names.</source>
        <translation>Vælg først, hvem der arbejder ved denne arbejdsplads (Indstillinger): Kun administratorer ændrer medarbejdere, og kun teamledere og administratorer ændrer teams og niveaunavne.</translation>
    </message>
    <message>
        <source>{name} is an agent: only admins change agents, and only supervisors and admins change teams and tier names.</source>
        <translation>{name} er medarbejder: Kun administratorer ændrer medarbejdere, og kun teamledere og administratorer ændrer teams og niveaunavne.</translation>
    </message>
    <message>
        <source>Only an admin adds, changes or deactivates agents; you can change teams and tier names.</source>
        <translation>Kun en administrator opretter, ændrer eller deaktiverer medarbejdere; du kan ændre teams og niveaunavne.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Nobody is waiting for an answer</source>
        <translation>Ingen venter på svar</translation>
    </message>
    <message>
        <source>Customer waiting since %1</source>
        <translation>Kunden har ventet siden %1</translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation>Seneste aktivitet %1</translation>
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
        <translation>Henvendelse</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Not sortable</source>
        <translation>Kan ikke sorteres</translation>
    </message>
    <message>
        <source>Click to sort most urgent first: the earliest due time first</source>
        <translation>Klik for at sortere de mest presserende først: tidligste frist først</translation>
    </message>
    <message>
        <source>Click to sort by last activity, newest first</source>
        <translation>Klik for at sortere efter seneste aktivitet, nyeste først</translation>
    </message>
    <message>
        <source>Click to sort by priority, urgent first</source>
        <translation>Klik for at sortere efter prioritet, haster først</translation>
    </message>
    <message>
        <source>Click to sort by customer name, A to Z</source>
        <translation>Klik for at sortere efter kundenavn, A til Å</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Each open SLA target (FR first response, NR next response, RES resolution) with the time to its due time, most urgent first: red when overdue, amber when due within the hour, grey while paused</source>
        <translation>Hvert åbent SLA-mål (FR første svar, NR næste svar, RES løsning) med tiden til fristen, mest presserende først: rød ved overskredet, gul ved frist inden for en time, grå når sat på pause</translation>
    </message>
    <message>
        <source>How long the customer has waited for an answer</source>
        <translation>Hvor længe kunden har ventet på svar</translation>
    </message>
    <message>
        <source>Time since the last activity</source>
        <translation>Tid siden seneste aktivitet</translation>
    </message>
    <message>
        <source>Customer mood</source>
        <translation>Kundens humør</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Fit columns to the width</source>
        <translation>Tilpas kolonner til bredden</translation>
    </message>
</context>
<context>
    <name>KbOverview</name>
    <message>
        <source>Most used articles</source>
        <translation>Mest brugte artikler</translation>
    </message>
    <message>
        <source>Articles to review</source>
        <translation>Artikler til gennemgang</translation>
    </message>
    <message numerus="yes">
        <source>%n uses</source>
        <translation>
            <numerusform>%n gang brugt</numerusform>
            <numerusform>%n gange brugt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Articles to review (%n)</source>
        <translation>
            <numerusform>Artikler til gennemgang (%n)</numerusform>
            <numerusform>Artikler til gennemgang (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation>aldrig gennemgået</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>An article is either internal or public.</source>
        <translation>En artikel er enten intern eller offentlig.</translation>
    </message>
    <message>
        <source>Articles are written in English, German or Danish.</source>
        <translation>Artikler skrives på engelsk, tysk eller dansk.</translation>
    </message>
    <message>
        <source>Every language of an article needs a title.</source>
        <translation>Hvert sprog i en artikel skal have en titel.</translation>
    </message>
    <message>
        <source>A title has at most {MAX_TITLE_CHARS} characters.</source>
        <translation>En titel har højst {MAX_TITLE_CHARS} tegn.</translation>
    </message>
    <message>
        <source>An article has at most {MAX_BODY_CHARS} characters.</source>
        <translation>En artikel har højst {MAX_BODY_CHARS} tegn.</translation>
    </message>
    <message>
        <source>Write the article in at least one language.</source>
        <translation>Skriv artiklen på mindst ét sprog.</translation>
    </message>
    <message>
        <source>At most {MAX_TAGS} tags, each at most {MAX_TAG_CHARS} characters.</source>
        <translation>Højst {MAX_TAGS} tags, hver på højst {MAX_TAG_CHARS} tegn.</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Artiklen findes ikke længere.</translation>
    </message>
    <message>
        <source>The shop&apos;s name has 1 to {MAX_NAME_CHARS} characters.</source>
        <translation>Butikkens navn har 1 til {MAX_NAME_CHARS} tegn.</translation>
    </message>
    <message>
        <source>Give the colour as #RRGGBB, for example #2563eb.</source>
        <translation>Angiv farven som #RRGGBB, for eksempel #2563eb.</translation>
    </message>
    <message>
        <source>The help centre&apos;s address starts with https:// (or http://).</source>
        <translation>Hjælpecentrets adresse begynder med https:// (eller http://).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} findes ikke.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} er en fil, ikke en mappe.</translation>
    </message>
    <message>
        <source>{folder} holds other files: publish into an empty folder or a new one.</source>
        <translation>{folder} indeholder andre filer: udgiv i en tom eller ny mappe.</translation>
    </message>
    <message>
        <source>The help centre cannot be written to {folder}: {reason}</source>
        <translation>Hjælpecentret kan ikke skrives til {folder}: {reason}</translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseDialog</name>
    <message>
        <source>Knowledge base</source>
        <translation>Vidensbase</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Søg i artikler</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle artikler</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Mest brugte</translation>
    </message>
    <message>
        <source>Not reviewed lately</source>
        <translation>Ikke gennemgået for nylig</translation>
    </message>
    <message>
        <source>for </source>
        <translation>i </translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Articles not reviewed for this many months are listed</source>
        <translation>Artikler, der ikke er gennemgået i så mange måneder, vises</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;Ny artikel</translation>
    </message>
    <message>
        <source>&amp;Help centre…</source>
        <translation>&amp;Hjælpecenter…</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tysk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The article in Markdown: # heading, **bold**, *italic*, - list, [link](https://…)</source>
        <translation>Artiklen i Markdown: # overskrift, **fed**, *kursiv*, - liste, [link](https://…)</translation>
    </message>
    <message>
        <source>shipping, returns</source>
        <translation>forsendelse, returnering</translation>
    </message>
    <message>
        <source>Internal: the team only</source>
        <translation>Intern: kun teamet</translation>
    </message>
    <message>
        <source>Public: in the help centre</source>
        <translation>Offentlig: i hjælpecentret</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Who reads it</source>
        <translation>Hvem læser den</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Mark as &amp;reviewed</source>
        <translation>Markér som &amp;gennemgået</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>public</source>
        <translation>offentlig</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message numerus="yes">
        <source>used %n times</source>
        <translation>
            <numerusform>brugt %n gang</numerusform>
            <numerusform>brugt %n gange</numerusform>
        </translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Ny artikel</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>By %1 · reviewed %2</source>
        <translation>Af %1 · gennemgået %2</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Slet artikel</translation>
    </message>
    <message>
        <source>Delete “%1” in every language?</source>
        <translation>Slet “%1” på alle sprog?</translation>
    </message>
</context>
<context>
    <name>KnowledgeBasePart</name>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>&amp;Vidensbase…</translation>
    </message>
    <message>
        <source>Write and review the articles you insert with ? in a reply</source>
        <translation>Skriv og gennemgå de artikler, du indsætter med ? i et svar</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>First response time (median)</source>
        <translation>Tid til første svar (median)</translation>
    </message>
    <message>
        <source>First response time (90th percentile)</source>
        <translation>Tid til første svar (90. percentil)</translation>
    </message>
    <message>
        <source>As the median first response time, but the time within which 90% of the conversations got their first public reply. Calendar minutes.</source>
        <translation>Som mediantiden til første svar, men den tid, inden for hvilken 90 % af henvendelserne fik deres første offentlige svar. Kalenderminutter.</translation>
    </message>
    <message>
        <source>First response time, business hours (median)</source>
        <translation>Tid til første svar, åbningstid (median)</translation>
    </message>
    <message>
        <source>The median first response time counting only the opening hours of the business calendar of each conversation&apos;s SLA policy (nights, weekends and holidays left out).</source>
        <translation>Mediantiden til første svar, kun talt i åbningstiden i arbejdskalenderen for hver henvendelses SLA-politik (nætter, weekender og helligdage tæller ikke).</translation>
    </message>
    <message>
        <source>First response time, business hours (90th percentile)</source>
        <translation>Tid til første svar, åbningstid (90. percentil)</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Løsning ved første kontakt</translation>
    </message>
    <message>
        <source>Resolution time (median)</source>
        <translation>Løsningstid (median)</translation>
    </message>
    <message>
        <source>For conversations whose customer first wrote in the period: the time from the customer&apos;s first message to our first public reply after it that reached the customer (internal notes and replies not delivered do not count; a logged call does). In a conversation we started, the customer&apos;s first answer starts the clock. Half were answered faster. Calendar minutes.</source>
        <translation>For henvendelser, hvor kunden skrev første gang i perioden: tiden fra kundens første besked til vores første offentlige svar derefter, som nåede kunden (interne noter og svar, der ikke blev leveret, tæller ikke; et registreret opkald gør). I en henvendelse, vi selv startede, starter kundens første svar uret. Halvdelen fik svar hurtigere. Kalenderminutter.</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Højere er bedre.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Lavere er bedre.</translation>
    </message>
    <message>
        <source>By agent, it counts for the agent who wrote the first reply; by team, tier and channel, the conversation&apos;s.</source>
        <translation>Pr. medarbejder tæller tallet for den medarbejder, der skrev det første svar; pr. team, niveau og kanal for henvendelsens.</translation>
    </message>
    <message>
        <source>By agent, it counts for the agent who solved the conversation (its assignee when nobody is recorded); by team, tier and channel, the conversation&apos;s.</source>
        <translation>Pr. medarbejder tæller tallet for den medarbejder, der løste henvendelsen (den ansvarlige, hvis ingen er registreret); pr. team, niveau og kanal for henvendelsens.</translation>
    </message>
    <message>
        <source>By agent, team, tier and channel, it counts for the conversation&apos;s current assignee, team, tier and channel.</source>
        <translation>Pr. medarbejder, team, niveau og kanal tæller tallet for henvendelsens nuværende ansvarlige, team, niveau og kanal.</translation>
    </message>
    <message>
        <source>It counts for the answered conversation&apos;s current assignee, team, tier and channel; an answer without a conversation counts in the overall figure only.</source>
        <translation>Tallet tæller for den besvarede henvendelses nuværende ansvarlige, team, niveau og kanal; et svar uden henvendelse tæller kun i det samlede tal.</translation>
    </message>
    <message>
        <source>The time within which 90% of the conversations got their first public reply after the customer&apos;s first message, counting only the opening hours of the SLA policy&apos;s business calendar.</source>
        <translation>Den tid, inden for hvilken 90 % af henvendelserne fik deres første offentlige svar efter kundens første besked, kun talt i åbningstiden i SLA-politikkens arbejdskalender.</translation>
    </message>
    <message>
        <source>Average handling time (estimated)</source>
        <translation>Gennemsnitlig behandlingstid (anslået)</translation>
    </message>
    <message>
        <source>Total agent working time on the conversations solved in the period, divided by their number. An estimate for written channels: each public reply and each internal note written by an agent counts the time since the previous message in the conversation, at most {cap} minutes. A logged call counts its measured duration where one was recorded.</source>
        <translation>Medarbejdernes samlede arbejdstid på de henvendelser, der blev løst i perioden, delt med deres antal. Et skøn for skriftlige kanaler: hvert offentligt svar og hver intern note fra en medarbejder tæller tiden siden forrige besked i henvendelsen, højst {cap} minutter. Et registreret opkald tæller sin målte varighed, hvor den blev registreret.</translation>
    </message>
    <message>
        <source>Of the conversations solved in the period that were answered, the share solved within the first contact: one delivered reply for email and other written channels, one session for chat (no gap of more than {session} minutes), one call for phone; never reopened or escalated. Conversations closed without any reply are left out.</source>
        <translation>Af de henvendelser, der blev løst i perioden og fik svar, andelen løst ved første kontakt: ét leveret svar for e-mail og andre skriftlige kanaler, én session for chat (ingen pause over {session} minutter), ét opkald for telefon; aldrig genåbnet eller eskaleret. Henvendelser lukket uden noget svar tæller ikke med.</translation>
    </message>
    <message>
        <source>One-touch resolution</source>
        <translation>Løsning med ét svar</translation>
    </message>
    <message>
        <source>Of the conversations solved in the period that were answered, the share solved with exactly one delivered public reply and never reopened, on any channel.</source>
        <translation>Af de henvendelser, der blev løst i perioden og fik svar, andelen løst med præcis ét leveret offentligt svar og aldrig genåbnet, på alle kanaler.</translation>
    </message>
    <message>
        <source>For conversations solved in the period: the time from the customer&apos;s first message (in a conversation we started, their first answer) to the final solve. Half were solved faster than this. Calendar minutes, waiting time included.</source>
        <translation>For henvendelser løst i perioden: tiden fra kundens første besked (i en henvendelse, vi selv startede, kundens første svar) til den endelige løsning. Halvdelen blev løst hurtigere. Kalenderminutter, ventetid medregnet.</translation>
    </message>
    <message>
        <source>Resolution time (90th percentile)</source>
        <translation>Løsningstid (90. percentil)</translation>
    </message>
    <message>
        <source>The time within which 90% of the conversations solved in the period were solved. Calendar minutes.</source>
        <translation>Den tid, inden for hvilken 90 % af henvendelserne løst i perioden blev løst. Kalenderminutter.</translation>
    </message>
    <message>
        <source>Resolution time, business hours (median)</source>
        <translation>Løsningstid, åbningstid (median)</translation>
    </message>
    <message>
        <source>The median time from the customer&apos;s first message to the final solve of the conversations solved in the period, counting only the opening hours of the SLA policy&apos;s business calendar.</source>
        <translation>Mediantiden fra kundens første besked til den endelige løsning for henvendelser løst i perioden, kun talt i åbningstiden i SLA-politikkens arbejdskalender.</translation>
    </message>
    <message>
        <source>Resolution time, business hours (90th percentile)</source>
        <translation>Løsningstid, åbningstid (90. percentil)</translation>
    </message>
    <message>
        <source>The time within which 90% of the conversations solved in the period were solved, counting only the opening hours of the SLA policy&apos;s business calendar.</source>
        <translation>Den tid, inden for hvilken 90 % af henvendelserne løst i perioden blev løst, kun talt i åbningstiden i SLA-politikkens arbejdskalender.</translation>
    </message>
    <message>
        <source>Full resolution time from creation (median)</source>
        <translation>Samlet løsningstid fra oprettelse (median)</translation>
    </message>
    <message>
        <source>For conversations solved in the period: the time from the conversation&apos;s creation to the final solve, whoever wrote first (a conversation we started counts from our first message, answered or not). Half were solved faster than this. Calendar minutes, waiting time included.</source>
        <translation>For henvendelser løst i perioden: tiden fra henvendelsen blev oprettet til den endelige løsning, uanset hvem der skrev først (en henvendelse, vi selv startede, tæller fra vores første besked, besvaret eller ej). Halvdelen blev løst hurtigere. Kalenderminutter, ventetid medregnet.</translation>
    </message>
    <message>
        <source>Full resolution time from creation (90th percentile)</source>
        <translation>Samlet løsningstid fra oprettelse (90. percentil)</translation>
    </message>
    <message>
        <source>The time from creation within which 90% of the conversations solved in the period were solved. Calendar minutes.</source>
        <translation>Den tid fra oprettelse, inden for hvilken 90 % af de henvendelser, der blev løst i perioden, blev løst. Kalenderminutter.</translation>
    </message>
    <message>
        <source>Full resolution time from creation, business hours (median)</source>
        <translation>Samlet løsningstid fra oprettelse, åbningstid (median)</translation>
    </message>
    <message>
        <source>The median time from creation to the final solve of the conversations solved in the period, counting only the opening hours of the SLA policy&apos;s business calendar.</source>
        <translation>Mediantiden fra oprettelse til den endelige løsning af de henvendelser, der blev løst i perioden, kun talt i åbningstiden i SLA-politikkens arbejdskalender.</translation>
    </message>
    <message>
        <source>Full resolution time from creation, business hours (90th percentile)</source>
        <translation>Samlet løsningstid fra oprettelse, åbningstid (90. percentil)</translation>
    </message>
    <message>
        <source>The time from creation within which 90% of the conversations solved in the period were solved, counting only the opening hours of the SLA policy&apos;s business calendar.</source>
        <translation>Den tid fra oprettelse, inden for hvilken 90 % af de henvendelser, der blev løst i perioden, blev løst, kun talt i åbningstiden i SLA-politikkens arbejdskalender.</translation>
    </message>
    <message>
        <source>SLA compliance: first response</source>
        <translation>SLA-overholdelse: første svar</translation>
    </message>
    <message>
        <source>Of the first-response targets decided in the period, the share achieved: a target counts as achieved when the first public reply came in time during the period, and as breached when its due time passed during the period (answered later or not at all).</source>
        <translation>Andelen af mål for første svar afgjort i perioden, som blev nået: et mål tæller som nået, når det første offentlige svar kom til tiden i perioden, og som overskredet, når fristen udløb i perioden (besvaret senere eller slet ikke).</translation>
    </message>
    <message>
        <source>SLA compliance: next response</source>
        <translation>SLA-overholdelse: næste svar</translation>
    </message>
    <message>
        <source>As for first response, for every customer message that waited for an answer after our first reply: the share answered within the policy&apos;s next-response target.</source>
        <translation>Som for første svar, for hver kundebesked, der ventede på svar efter vores første svar: andelen, der blev besvaret inden for politikkens mål for næste svar.</translation>
    </message>
    <message>
        <source>SLA compliance: resolution</source>
        <translation>SLA-overholdelse: løsning</translation>
    </message>
    <message>
        <source>As for first response, for the resolution target: the share of conversations solved within it (time waiting on the customer or on hold does not count against it).</source>
        <translation>Som for første svar, for løsningsmålet: andelen af henvendelser løst inden for det (tid, hvor der ventes på kunden, eller henvendelsen er på hold, tæller ikke med).</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>Genåbningsrate</translation>
    </message>
    <message>
        <source>Of the conversations solved at least once in the period, the share that went from solved back to open (or pending, or on hold) afterwards. A conversation reopened twice counts once.</source>
        <translation>Andelen af henvendelser løst mindst én gang i perioden, som derefter gik fra løst tilbage til åben (eller afventer eller på hold). En henvendelse genåbnet to gange tæller én gang.</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>Eskaleringsrate</translation>
    </message>
    <message>
        <source>Of the conversations created in the period, the share escalated to a higher tier at least once. Returns to a lower tier do not count.</source>
        <translation>Andelen af henvendelser oprettet i perioden, som mindst én gang blev eskaleret til et højere niveau. Tilbagesendelser til et lavere niveau tæller ikke.</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Kundetilfredshed (CSAT)</translation>
    </message>
    <message>
        <source>The share of satisfied answers (top-two-box) among the CSAT answers received in the period: 4 or 5 on the 1-5 scale, 9 or 10 on the 1-10 scale, 80 or more on the 0-100 scale. Answers on deleted conversations are left out.</source>
        <translation>Andelen af tilfredse svar (top-2-box) blandt de CSAT-svar, der kom i perioden: 4 eller 5 på skalaen 1-5, 9 eller 10 på skalaen 1-10, 80 eller mere på skalaen 0-100. Svar på slettede henvendelser tæller ikke.</translation>
    </message>
    <message>
        <source>The average of the effort answers received in the period, on the 1-7 scale of &apos;The company made it easy to handle my issue&apos; (7: strongly agree). Every answer is put onto it from the scale and the good end stored with it: a 1-7 answer asked with 1 as very easy is turned round (1 becomes 7), one to the 1-5 question &apos;How much effort did you have to put in?&apos; (1: very low) too (1 becomes 7, 5 becomes 1).</source>
        <translation>Gennemsnittet af de svar om indsats, der kom i perioden, på skalaen 1-7 til „Virksomheden gjorde det let at få løst min sag“ (7: helt enig). Hvert svar omregnes ud fra den skala og den gode ende, der er gemt med det: et svar på 1-7, hvor 1 betyder meget nemt, vendes om (1 bliver til 7), og det samme gælder svar på spørgsmålet 1-5 „Hvor stor en indsats skulle du gøre?“ (1: meget lille) (1 bliver til 7, 5 bliver til 1).</translation>
    </message>
    <message>
        <source>Repeat contact rate</source>
        <translation>Gentagne henvendelser</translation>
    </message>
    <message>
        <source>Of the conversations solved in the period, the share whose customer wrote to us again in a new conversation within {days} days of the solve (conversations we started do not count). Lower is better; it can still rise until {days} days after the period.</source>
        <translation>Af de henvendelser, der blev løst i perioden, andelen, hvor kunden skrev til os igen i en ny henvendelse inden for {days} dage efter løsningen (henvendelser, vi selv startede, tæller ikke). Lavere er bedre; tallet kan stadig stige indtil {days} dage efter perioden.</translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>From the 0-10 answers to &apos;How likely are you to recommend us?&apos; received in the period: the percentage of promoters (9-10) minus the percentage of detractors (0-6); from -100 to 100.</source>
        <translation>Ud fra svarene fra 0-10 på &apos;Hvor sandsynligt er det, at du vil anbefale os?&apos; modtaget i perioden: procentdelen af ambassadører (9-10) minus procentdelen af kritikere (0-6); fra -100 til 100.</translation>
    </message>
    <message>
        <source>Customer effort score (CES)</source>
        <translation>Kundeindsats (CES)</translation>
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
        <translation>ingen data</translation>
    </message>
    <message>
        <source>%1 / 7</source>
        <translation>%1 / 7</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Alle henvendelser</translation>
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
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tysk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Linked conversations</source>
        <translation>Linkede henvendelser</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Å&amp;bn</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Fjern link</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Linked to this conversation:</source>
        <translation>Linket til denne henvendelse:</translation>
    </message>
    <message>
        <source>Link another conversation:</source>
        <translation>Link en anden henvendelse:</translation>
    </message>
    <message>
        <source>Linked %1.</source>
        <translation>%1 linket.</translation>
    </message>
    <message>
        <source>%1 is linked already.</source>
        <translation>%1 er allerede linket.</translation>
    </message>
</context>
<context>
    <name>ListHeader</name>
    <message>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <source>“%1” · the first %2 matches</source>
        <translation>&quot;%1&quot; · de første %2 resultater</translation>
    </message>
    <message>
        <source>“%1” · 1 match</source>
        <translation>&quot;%1&quot; · 1 resultat</translation>
    </message>
    <message>
        <source>“%1” · %2 matches</source>
        <translation>&quot;%1&quot; · %2 resultater</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 henvendelse</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln henvendelse</numerusform>
            <numerusform>%Ln henvendelser</numerusform>
        </translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>kun %1</translation>
    </message>
</context>
<context>
    <name>MacroErrors</name>
    <message>
        <source>Availability must be one of {join}.</source>
        <translation>Tilgængeligheden skal være en af {join}.</translation>
    </message>
    <message>
        <source>That agent does not exist.</source>
        <translation>Den medarbejder findes ikke.</translation>
    </message>
    <message>
        <source>{tag!r} is not a valid tag: use up to 50 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;:&apos; or &apos;/&apos;.</source>
        <translation>{tag!r} er ikke et gyldigt tag: brug op til 50 bogstaver, cifre, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;:&apos; eller &apos;/&apos;.</translation>
    </message>
    <message>
        <source>{what} is not a valid id.</source>
        <translation>{what} har ikke et gyldigt id.</translation>
    </message>
    <message>
        <source>The actions must be a JSON object.</source>
        <translation>Handlingerne skal være et JSON-objekt.</translation>
    </message>
    <message>
        <source>Unknown action: {name!r}.</source>
        <translation>Ukendt handling: {name!r}.</translation>
    </message>
    <message>
        <source>The status must be one of {join}.</source>
        <translation>Status skal være en af {join}.</translation>
    </message>
    <message>
        <source>The priority must be one of {join}.</source>
        <translation>Prioriteten skal være en af {join}.</translation>
    </message>
    <message>
        <source>The tier must be 1, 2 or 3.</source>
        <translation>Niveauet skal være 1, 2 eller 3.</translation>
    </message>
    <message>
        <source>Tags must be a list of at most {n} tags.</source>
        <translation>Tags skal være en liste med højst {n} tags.</translation>
    </message>
    <message>
        <source>A tag cannot be added and removed at once.</source>
        <translation>Et tag kan ikke tilføjes og fjernes på samme tid.</translation>
    </message>
    <message>
        <source>The assignee is not a valid agent.</source>
        <translation>Den ansvarlige er ikke en gyldig medarbejder.</translation>
    </message>
    <message>
        <source>The follow-up must be 0 to {n} hours ahead.</source>
        <translation>Opfølgningen skal ligge 0 til {n} timer ude i fremtiden.</translation>
    </message>
    <message>
        <source>The canned reply of this macro no longer exists.</source>
        <translation>Makroens standardsvar findes ikke længere.</translation>
    </message>
    <message>
        <source>The team of this macro no longer exists.</source>
        <translation>Makroens team findes ikke længere.</translation>
    </message>
    <message>
        <source>The agent of this macro no longer exists.</source>
        <translation>Makroens medarbejder findes ikke længere.</translation>
    </message>
    <message>
        <source>That macro does not exist (it may have been deleted).</source>
        <translation>Den makro findes ikke (den er måske slettet).</translation>
    </message>
    <message>
        <source>A macro needs a name.</source>
        <translation>En makro skal have et navn.</translation>
    </message>
    <message>
        <source>The name is too long (at most {n} characters).</source>
        <translation>Navnet er for langt (højst {n} tegn).</translation>
    </message>
    <message>
        <source>The description is too long (at most {n} characters).</source>
        <translation>Beskrivelsen er for lang (højst {n} tegn).</translation>
    </message>
    <message>
        <source>A macro is for everyone, a team or yourself.</source>
        <translation>En makro er for alle, et team eller kun dig.</translation>
    </message>
    <message>
        <source>Choose the team this macro is for.</source>
        <translation>Vælg det team, makroen er til.</translation>
    </message>
    <message>
        <source>A personal macro needs an agent profile at this desk.</source>
        <translation>En personlig makro kræver en medarbejderprofil ved denne arbejdsplads.</translation>
    </message>
    <message>
        <source>A macro needs at least one action.</source>
        <translation>En makro skal have mindst én handling.</translation>
    </message>
    <message>
        <source>That conversation does not exist (it may have been deleted).</source>
        <translation>Den henvendelse findes ikke (den er måske slettet).</translation>
    </message>
    <message>
        <source>Apply a macro to at most {n} conversations at once.</source>
        <translation>Anvend en makro på højst {n} henvendelser ad gangen.</translation>
    </message>
    <message>
        <source>The macro “{name}” is switched off.</source>
        <translation>Makroen „{name}“ er slået fra.</translation>
    </message>
    <message>
        <source>Conversation #{number} is closed or merged.</source>
        <translation>Henvendelse #{number} er lukket eller flettet.</translation>
    </message>
    <message>
        <source>Only supervisors and admins change routing rules.</source>
        <translation>Kun teamledere og administratorer ændrer fordelingsregler.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}</source>
        <translation>{path} kan ikke skrives: {reason}</translation>
    </message>
    <message>
        <source>Macro {number} (“{name}”): {problem} Nothing was imported.</source>
        <translation>Makro {number} („{name}“): {problem} Intet blev importeret.</translation>
    </message>
    <message>
        <source>Rule {number} (“{name}”): {problem} Nothing was imported.</source>
        <translation>Regel {number} („{name}“): {problem} Intet blev importeret.</translation>
    </message>
    <message>
        <source>The id is not valid.</source>
        <translation>Id’et er ikke gyldigt.</translation>
    </message>
    <message>
        <source>A number is out of range.</source>
        <translation>Et tal ligger uden for det tilladte område.</translation>
    </message>
    <message>
        <source>This is not a macros file of AgentDesk. Nothing was imported.</source>
        <translation>Dette er ikke en makrofil fra AgentDesk. Intet blev importeret.</translation>
    </message>
    <message>
        <source>This macros file is of another version ({version}). Nothing was imported.</source>
        <translation>Denne makrofil har en anden version ({version}). Intet blev importeret.</translation>
    </message>
    <message>
        <source>The file&apos;s macros and rules must be lists. Nothing was imported.</source>
        <translation>Filens makroer og regler skal være lister. Intet blev importeret.</translation>
    </message>
    <message>
        <source>The entry has fields a macro does not have.</source>
        <translation>Posten har felter, som en makro ikke har.</translation>
    </message>
    <message>
        <source>The name and description must be text.</source>
        <translation>Navn og beskrivelse skal være tekst.</translation>
    </message>
    <message>
        <source>The entry has fields a rule does not have.</source>
        <translation>Posten har felter, som en regel ikke har.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>The file is larger than 10 MB. Nothing was imported.</source>
        <translation>Filen er større end 10 MB. Intet blev importeret.</translation>
    </message>
    <message>
        <source>The file is not readable JSON. Nothing was imported.</source>
        <translation>Filen er ikke læsbar JSON. Intet blev importeret.</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Apply a macro</source>
        <translation>Anvend en makro</translation>
    </message>
    <message numerus="yes">
        <source>Apply a macro to the selected conversations (%n)</source>
        <translation>
            <numerusform>Anvend en makro på de valgte henvendelser (%n)</numerusform>
            <numerusform>Anvend en makro på de valgte henvendelser (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to find a macro</source>
        <translation>Skriv for at finde en makro</translation>
    </message>
    <message>
        <source>No macro matches. Macros are made under File → Macros.</source>
        <translation>Ingen makro passer. Makroer oprettes under Filer → Makroer.</translation>
    </message>
</context>
<context>
    <name>MacroPreviewDialog</name>
    <message>
        <source>Apply macro “%1”</source>
        <translation>Anvend makroen „%1“</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Det ændres:</translation>
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
        <translation>Svaret „%1“ sættes ind i editoren på kundens sprog, så du kan sende det.</translation>
    </message>
    <message>
        <source>The reply “%1” becomes each conversation&apos;s draft, in its customer&apos;s language.</source>
        <translation>Svaret „%1“ bliver kladde i hver henvendelse, på kundens sprog.</translation>
    </message>
    <message>
        <source>Nothing changes: the conversation is already as the macro sets it.</source>
        <translation>Intet ændres: henvendelsen er allerede, som makroen sætter den.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anvend</translation>
    </message>
</context>
<context>
    <name>MacroTools</name>
    <message>
        <source>Apply &amp;macro…</source>
        <translation>Anvend &amp;makro…</translation>
    </message>
    <message>
        <source>Apply a macro to this conversation or to the selected ones (or type / in the composer)</source>
        <translation>Anvend en makro på denne eller de valgte henvendelser (eller skriv / i editoren)</translation>
    </message>
    <message>
        <source>&amp;Macros…</source>
        <translation>&amp;Makroer…</translation>
    </message>
    <message>
        <source>Named bundles of actions and a reply, applied in one step</source>
        <translation>Navngivne samlinger af handlinger og et svar, anvendt i ét trin</translation>
    </message>
    <message>
        <source>&amp;Routing rules…</source>
        <translation>&amp;Fordelingsregler…</translation>
    </message>
    <message>
        <source>Send arriving conversations to the right team, tier and agent</source>
        <translation>Send indkomne henvendelser til det rette team, niveau og den rette medarbejder</translation>
    </message>
    <message>
        <source>Open or select a conversation first.</source>
        <translation>Åbn eller vælg først en henvendelse.</translation>
    </message>
    <message>
        <source>Macro applied: %1 changed, %2 left as they were.</source>
        <translation>Makro anvendt: %1 ændret, %2 uændret.</translation>
    </message>
</context>
<context>
    <name>Macros</name>
    <message>
        <source>Leave as it is</source>
        <translation>Lad være uændret</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Intet svar</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <source>refund, invoice</source>
        <translation>refusion, faktura</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>&amp;Tilføj tags:</translation>
    </message>
    <message>
        <source>Re&amp;move tags:</source>
        <translation>F&amp;jern tags:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Niveau:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Mig</translation>
    </message>
    <message>
        <source>Nobody (back to the queue)</source>
        <translation>Ingen (tilbage i køen)</translation>
    </message>
    <message>
        <source>Least loaded available agent of the team</source>
        <translation>Den mindst belastede tilgængelige medarbejder i teamet</translation>
    </message>
    <message>
        <source>Next available agent of the team in turn</source>
        <translation>Næste tilgængelige medarbejder i teamet på skift</translation>
    </message>
    <message>
        <source>Assi&amp;gn to:</source>
        <translation>&amp;Tildel til:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <source>Hours until the follow-up; 0 clears it</source>
        <translation>Timer til opfølgningen; 0 fjerner den</translation>
    </message>
    <message>
        <source>&amp;Follow-up in:</source>
        <translation>&amp;Opfølgning om:</translation>
    </message>
    <message>
        <source>a deleted agent</source>
        <translation>en slettet medarbejder</translation>
    </message>
    <message>
        <source>Macro “%1” applied.</source>
        <translation>Makroen „%1“ er anvendt.</translation>
    </message>
    <message>
        <source>Macro</source>
        <translation>Makro</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>intet team</translation>
    </message>
    <message>
        <source>a deleted team</source>
        <translation>et slettet team</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>me</source>
        <translation>mig</translation>
    </message>
    <message>
        <source>nobody (back to the queue)</source>
        <translation>ingen (tilbage i køen)</translation>
    </message>
    <message>
        <source>the least loaded available agent</source>
        <translation>den mindst belastede tilgængelige medarbejder</translation>
    </message>
    <message>
        <source>the next available agent in turn</source>
        <translation>den næste tilgængelige medarbejder på skift</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioritet: %1</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Niveau: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Ansvarlig: %1</translation>
    </message>
    <message>
        <source>Add tags: %1</source>
        <translation>Tilføj tags: %1</translation>
    </message>
    <message>
        <source>Remove tags: %1</source>
        <translation>Fjern tags: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Opfølgning: %1</translation>
    </message>
    <message>
        <source>The conversation is closed or merged: nothing changes.</source>
        <translation>Henvendelsen er lukket eller flettet: intet ændres.</translation>
    </message>
    <message>
        <source>You do not work this conversation&apos;s tier.</source>
        <translation>Du arbejder ikke på denne henvendelses niveau.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>Henvendelsen findes ikke længere.</translation>
    </message>
    <message>
        <source>No team to assign within: the assignment is left out.</source>
        <translation>Intet team at tildele inden for: tildelingen udelades.</translation>
    </message>
    <message>
        <source>Nobody in the team is available: the conversation stays in the queue.</source>
        <translation>Ingen i teamet er tilgængelige: henvendelsen bliver i køen.</translation>
    </message>
    <message>
        <source>This desk has no agent profile: “assign to me” is left out.</source>
        <translation>Denne arbejdsplads har ingen medarbejderprofil: „tildel til mig“ udelades.</translation>
    </message>
    <message>
        <source>The agent of this macro is no longer active: the assignment is left out.</source>
        <translation>Makroens medarbejder er ikke længere aktiv: tildelingen udelades.</translation>
    </message>
    <message>
        <source>Insert reply: %1</source>
        <translation>Indsæt svar: %1</translation>
    </message>
    <message>
        <source>a deleted reply</source>
        <translation>et slettet standardsvar</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Tildel til %1</translation>
    </message>
    <message>
        <source>Follow-up after %1 h</source>
        <translation>Opfølgning efter %1 t</translation>
    </message>
    <message>
        <source>Clear the follow-up</source>
        <translation>Fjern opfølgningen</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Postkasse: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprog: %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Abonnement: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Words in the subject: %1</source>
        <translation>Ord i emnet: %1</translation>
    </message>
    <message>
        <source>Words in the message: %1</source>
        <translation>Ord i beskeden: %1</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Ord: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Every conversation</source>
        <translation>Alle henvendelser</translation>
    </message>
</context>
<context>
    <name>MacrosDialog</name>
    <message>
        <source>Macros</source>
        <translation>Makroer</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>Et team</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Kun mig</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Offered in the composer and menus</source>
        <translation>Tilbydes i editoren og menuerne</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportér…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · uses: %n</source>
        <translation>
            <numerusform>%1 · brugt: %n</numerusform>
            <numerusform>%1 · brugt: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Macros and rules exported: %n.</source>
        <translation>
            <numerusform>Eksporterede makroer og regler: %n.</numerusform>
            <numerusform>Eksporterede makroer og regler: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (slået fra)</translation>
    </message>
    <message>
        <source>Export macros and rules</source>
        <translation>Eksportér makroer og regler</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Import macros and rules</source>
        <translation>Importér makroer og regler</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Importeret: %1 nye, %2 opdateret.</translation>
    </message>
</context>
<context>
    <name>MailAccountsDialog</name>
    <message>
        <source>TLS (implicit)</source>
        <translation>TLS (implicit)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (only to this computer)</source>
        <translation>Ingen (kun til denne computer)</translation>
    </message>
    <message>
        <source>Mail accounts</source>
        <translation>Mailkonti</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in a file.</source>
        <translation>Gemmes i systemets nøglering, aldrig i en fil.</translation>
    </message>
    <message>
        <source>No system keyring here: kept until AgentDesk closes, asked again at the next start.</source>
        <translation>Ingen nøglering i systemet: gemmes, indtil AgentDesk lukkes, og spørges om igen ved næste start.</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(sat på pause)</translation>
    </message>
    <message>
        <source>unchanged (type to replace)</source>
        <translation>uændret (skriv for at erstatte)</translation>
    </message>
    <message>
        <source>the mailbox&apos;s password</source>
        <translation>postkassens adgangskode</translation>
    </message>
    <message>
        <source>New mailbox: Save connects it</source>
        <translation>Ny postkasse: Gem forbinder den</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s password.</source>
        <translation>Indtast postkassens adgangskode.</translation>
    </message>
    <message>
        <source>Saved; the password is in the keyring.</source>
        <translation>Gemt; adgangskoden ligger i nøgleringen.</translation>
    </message>
    <message>
        <source>Saved; the password is kept until AgentDesk closes.</source>
        <translation>Gemt; adgangskoden gemmes, indtil AgentDesk lukkes.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
    <message>
        <source>Removed; replies already sent keep their history.</source>
        <translation>Fjernet; svar, der allerede er sendt, beholder deres historik.</translation>
    </message>
</context>
<context>
    <name>MailAccountsForm</name>
    <message>
        <source>&amp;Add mailbox</source>
        <translation>&amp;Tilføj postkasse</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Support &amp;address</source>
        <translation>Support&amp;adresse</translation>
    </message>
    <message>
        <source>support@yourshop.example</source>
        <translation>support@dinbutik.example</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Visningsnavn</translation>
    </message>
    <message>
        <source>Your Shop Support</source>
        <translation>Din Butik Support</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Adgangs&amp;kode</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>gemmes i systemets nøglering</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>Akt&amp;iv</translation>
    </message>
    <message>
        <source>fetch and send with this mailbox</source>
        <translation>hent og send med denne postkasse</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Indgående mail (IMAP)</translation>
    </message>
    <message>
        <source>IMAP &amp;server</source>
        <translation>IMAP-&amp;server</translation>
    </message>
    <message>
        <source>imap.yourshop.example</source>
        <translation>imap.dinbutik.example</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Sikker&amp;hed</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>&amp;Mapper</translation>
    </message>
    <message>
        <source>INBOX (several: comma between)</source>
        <translation>INBOX (flere: adskil med komma)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Udgående mail (SMTP)</translation>
    </message>
    <message>
        <source>SMTP s&amp;erver</source>
        <translation>SMTP-s&amp;erver</translation>
    </message>
    <message>
        <source>smtp.yourshop.example</source>
        <translation>smtp.dinbutik.example</translation>
    </message>
    <message>
        <source>Po&amp;rt</source>
        <translation>Po&amp;rt</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Sikkerhe&amp;d</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>Bruger&amp;navn</translation>
    </message>
    <message>
        <source>usually the same as for IMAP (empty: no login)</source>
        <translation>som regel det samme som for IMAP (tom: intet login)</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>Si&amp;gnatur</translation>
    </message>
    <message>
        <source>Attachments &amp;up to (MB)</source>
        <translation>Vedhæftninger o&amp;p til (MB)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>T&amp;est forbindelse</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
</context>
<context>
    <name>MailDesk</name>
    <message>
        <source>Mail: %1</source>
        <translation>Mail: %1</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Udbakke: %1</translation>
    </message>
</context>
<context>
    <name>MailErrors</name>
    <message>
        <source>{address!r} is not an email address.</source>
        <translation>{address!r} er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>The {what} server {host!r} is not a host name.</source>
        <translation>{what}-serveren {host!r} er ikke et værtsnavn.</translation>
    </message>
    <message>
        <source>The {what} port must be between 1 and 65535 (got {port}).</source>
        <translation>{what}-porten skal være mellem 1 og 65535 (fik {port}).</translation>
    </message>
    <message>
        <source>The {what} security must be one of {join}.</source>
        <translation>{what}-sikkerheden skal være en af {join}.</translation>
    </message>
    <message>
        <source>The IMAP user name is missing.</source>
        <translation>IMAP-brugernavnet mangler.</translation>
    </message>
    <message>
        <source>Choose at least one folder to watch (usually INBOX).</source>
        <translation>Vælg mindst én mappe at overvåge (som regel INBOX).</translation>
    </message>
    <message>
        <source>A folder name is too long or contains a line break.</source>
        <translation>Et mappenavn er for langt eller indeholder et linjeskift.</translation>
    </message>
    <message>
        <source>The display name contains a line break.</source>
        <translation>Visningsnavnet indeholder et linjeskift.</translation>
    </message>
    <message>
        <source>The attachment size limit cannot be negative.</source>
        <translation>Størrelsesgrænsen for vedhæftninger kan ikke være negativ.</translation>
    </message>
    <message>
        <source>{url!r} is not a valid {upper} address: {exc}.</source>
        <translation>{url!r} er ikke en gyldig {upper}-adresse: {exc}.</translation>
    </message>
    <message>
        <source>{url!r}: the {upper} address must start with one of {schemes}.</source>
        <translation>{url!r}: {upper}-adressen skal begynde med en af {schemes}.</translation>
    </message>
    <message>
        <source>Do not put the password in the address; it goes to the keyring.</source>
        <translation>Skriv ikke adgangskoden i adressen; den gemmes i nøgleringen.</translation>
    </message>
    <message>
        <source>{url!r} names no server.</source>
        <translation>{url!r} angiver ingen server.</translation>
    </message>
    <message>
        <source>The keyring refused to keep the password ({reason}).</source>
        <translation>Nøgleringen ville ikke gemme adgangskoden ({reason}).</translation>
    </message>
    <message>
        <source>The keyring could not be read ({reason}); is it locked?</source>
        <translation>Nøgleringen kunne ikke læses ({reason}); er den låst?</translation>
    </message>
    <message>
        <source>A mail account for {address} already exists.</source>
        <translation>Der findes allerede en mailkonto for {address}.</translation>
    </message>
    <message>
        <source>That mail account does not exist.</source>
        <translation>Den mailkonto findes ikke.</translation>
    </message>
    <message>
        <source>Logged in, but the folder {folders} does not exist.</source>
        <translation>Logget ind, men mappen {folders} findes ikke.</translation>
    </message>
    <message>
        <source>Connected to {host}; the folders can be read.</source>
        <translation>Forbundet til {host}; mapperne kan læses.</translation>
    </message>
    <message>
        <source>Connected to {host}; mail can be sent.</source>
        <translation>Forbundet til {host}; der kan sendes mails.</translation>
    </message>
    <message>
        <source>{where}: the server did not offer encryption (STARTTLS), so nothing was sent, not even the password. Ask whoever runs it to turn on TLS, or choose SSL/TLS and its port.</source>
        <translation>{where}: Serveren tilbød ikke kryptering (STARTTLS), så intet blev sendt, heller ikke adgangskoden. Bed den, der driver serveren, om at slå TLS til, eller vælg SSL/TLS og den tilhørende port.</translation>
    </message>
    <message>
        <source>The IMAP server at {where} answered with an error: {clip}</source>
        <translation>IMAP-serveren på {where} svarede med en fejl: {clip}</translation>
    </message>
    <message>
        <source>{where}: the certificate is not trusted: {owner} ({reason}). Check the host name, or ask whoever runs the server.</source>
        <translation>{where}: Certifikatet er ikke troværdigt: {owner} ({reason}). Tjek værtsnavnet, eller spørg den, der driver serveren.</translation>
    </message>
    <message>
        <source>{name} could not be found; check the host name.</source>
        <translation>{name} blev ikke fundet; kontrollér værtsnavnet.</translation>
    </message>
    <message>
        <source>{where} refused the connection: the server is down or the port is wrong.</source>
        <translation>{where} afviste forbindelsen: serveren er nede, eller porten er forkert.</translation>
    </message>
    <message>
        <source>{where} did not answer in time.</source>
        <translation>{where} svarede ikke i tide.</translation>
    </message>
    <message>
        <source>The mail server refused the recipient {refused}.</source>
        <translation>Mailserveren afviste modtageren {refused}.</translation>
    </message>
    <message>
        <source>The mail server refused the sender address {sender}: {smtp_text}</source>
        <translation>Mailserveren afviste afsenderadressen {sender}: {smtp_text}</translation>
    </message>
    <message>
        <source>{where} does not support this: {exc}</source>
        <translation>{where} understøtter ikke dette: {exc}</translation>
    </message>
    <message>
        <source>{where} closed the connection unexpectedly.</source>
        <translation>{where} lukkede uventet forbindelsen.</translation>
    </message>
    <message>
        <source>The mail server answered {smtp_code}: {smtp_text}</source>
        <translation>Mailserveren svarede {smtp_code}: {smtp_text}</translation>
    </message>
    <message>
        <source>Sending failed: {clip}</source>
        <translation>Afsendelse mislykkedes: {clip}</translation>
    </message>
    <message>
        <source>{where} cannot be reached: {value}.</source>
        <translation>{where} kan ikke nås: {value}.</translation>
    </message>
    <message>
        <source>The mail server could not be used ({name__}).</source>
        <translation>Mailserveren kunne ikke bruges ({name__}).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist on {imap_host}.</source>
        <translation>Mappen {folder} findes ikke på {imap_host}.</translation>
    </message>
    <message>
        <source>The server would not list the mail in {folder}.</source>
        <translation>Serveren ville ikke vise mailene i {folder}.</translation>
    </message>
    <message>
        <source>This conversation is not an email conversation; it cannot be answered by mail.</source>
        <translation>Henvendelsen er ikke en e-mailhenvendelse; den kan ikke besvares via mail.</translation>
    </message>
    <message>
        <source>No mail account is set up to send this reply; add one in the settings.</source>
        <translation>Der er ingen mailkonto til at sende svaret; tilføj en i indstillingerne.</translation>
    </message>
    <message>
        <source>This customer has no email address to send the reply to.</source>
        <translation>Kunden har ingen e-mailadresse, som svaret kan sendes til.</translation>
    </message>
    <message>
        <source>Say who the forward goes to.</source>
        <translation>Angiv, hvem videresendelsen skal til.</translation>
    </message>
    <message>
        <source>The note to the forward is too long.</source>
        <translation>Noten til videresendelsen er for lang.</translation>
    </message>
    <message>
        <source>That message does not exist.</source>
        <translation>Den besked findes ikke.</translation>
    </message>
    <message>
        <source>No mail account is set up to send the forward; add one in the settings.</source>
        <translation>Der er ikke oprettet en mailkonto til at sende videresendelsen; tilføj en i indstillingerne.</translation>
    </message>
    <message>
        <source>That reply is not waiting to be sent.</source>
        <translation>Svaret venter ikke på at blive sendt.</translation>
    </message>
    <message>
        <source>That reply was sent already.</source>
        <translation>Svaret er allerede sendt.</translation>
    </message>
    <message>
        <source>That reply is being sent right now.</source>
        <translation>Svaret bliver sendt lige nu.</translation>
    </message>
    <message>
        <source>The mail account of this reply was removed.</source>
        <translation>Mailkontoen for dette svar er blevet fjernet.</translation>
    </message>
    <message>
        <source>The reply no longer exists.</source>
        <translation>Svaret findes ikke længere.</translation>
    </message>
    <message>
        <source>That is too many addresses for one field.</source>
        <translation>Det er for mange adresser til ét felt.</translation>
    </message>
    <message>
        <source>“{entry}” is not an email address.</source>
        <translation>&quot;{entry}&quot; er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>{name} is not here in full yet; the reply waits for it.</source>
        <translation>{name} er endnu ikke kommet helt; svaret venter på den.</translation>
    </message>
    <message>
        <source>An attached file changed while it was being sent; it is sent again.</source>
        <translation>En vedhæftet fil ændrede sig, mens den blev sendt; den sendes igen.</translation>
    </message>
    <message>
        <source>Write the message to the customer.</source>
        <translation>Skriv beskeden til kunden.</translation>
    </message>
    <message>
        <source>Choose the language of the message.</source>
        <translation>Vælg sproget for beskeden.</translation>
    </message>
    <message>
        <source>Choose the priority of the conversation.</source>
        <translation>Vælg prioriteten for henvendelsen.</translation>
    </message>
    <message>
        <source>{name} has no email address to write to.</source>
        <translation>{name} har ingen e-mailadresse at skrive til.</translation>
    </message>
    <message>
        <source>Choose a mailbox to send from.</source>
        <translation>Vælg en postkasse at sende fra.</translation>
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
        <translation>Søgeresultater – AgentDesk</translation>
    </message>
    <message>
        <source>%1 – AgentDesk</source>
        <translation>%1 – AgentDesk</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Press Esc to go back.</source>
        <translation>Intet matcher &quot;%1&quot;. Tryk på Esc for at gå tilbage.</translation>
    </message>
    <message>
        <source>Choose who works at this desk in Settings to see your conversations.</source>
        <translation>Vælg i Indstillinger, hvem der arbejder ved denne arbejdsplads, for at se dine henvendelser.</translation>
    </message>
    <message>
        <source>Nothing in %1 right now.</source>
        <translation>Intet i %1 lige nu.</translation>
    </message>
    <message>
        <source>Only some channels are shown: Alt+0 shows them all.</source>
        <translation>Kun nogle kanaler vises: Alt+0 viser dem alle.</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>Listen kunne ikke indlæses.</translation>
    </message>
    <message>
        <source>No conversation selected.</source>
        <translation>Ingen henvendelse valgt.</translation>
    </message>
    <message>
        <source>More conversations could not be read: %1 Press %2 to try again.</source>
        <translation>Flere henvendelser kunne ikke indlæses: %1 Tryk på %2 for at prøve igen.</translation>
    </message>
    <message>
        <source>The views could not be counted: %1</source>
        <translation>Visningerne kunne ikke tælles: %1</translation>
    </message>
    <message>
        <source>That conversation does not exist (it may have been deleted).</source>
        <translation>Den henvendelse findes ikke (den er måske blevet slettet).</translation>
    </message>
    <message>
        <source>No agent chosen</source>
        <translation>Ingen medarbejder valgt</translation>
    </message>
    <message>
        <source>Enter your server password to sync (this computer keeps no password for it).</source>
        <translation>Indtast din serveradgangskode for at synkronisere (denne computer gemmer ingen adgangskode til den).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Henvendelse</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>&amp;Kanaler</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkroniser</translation>
    </message>
    <message>
        <source>The dashboard is for supervisors and admins.</source>
        <translation>Oversigten er for teamledere og administratorer.</translation>
    </message>
    <message>
        <source>Coaching notes are for supervisors and admins.</source>
        <translation>Coachingnoter er for teamledere og administratorer.</translation>
    </message>
    <message>
        <source>Read-only: only supervisors and admins can change agents, teams and tier names.</source>
        <translation>Skrivebeskyttet: kun teamledere og administratorer kan ændre medarbejdere, teams og niveaunavne.</translation>
    </message>
    <message>
        <source>Only supervisors and admins can change SLA policies and calendars.</source>
        <translation>Kun teamledere og administratorer kan ændre SLA-politikker og kalendere.</translation>
    </message>
    <message>
        <source>This computer is not connected to a team server.</source>
        <translation>Denne computer er ikke forbundet til en teamserver.</translation>
    </message>
    <message>
        <source>Working offline: turn Work offline off to sync.</source>
        <translation>Arbejder offline: slå Arbejd offline fra for at synkronisere.</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Ny henvendelse…</translation>
    </message>
    <message>
        <source>Log a phone call, letter, walk-in or email</source>
        <translation>Registrer et opkald, et brev, et personligt fremmøde eller en e-mail</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>SLA &amp;policies and calendars…</source>
        <translation>SLA-&amp;politikker og kalendere…</translation>
    </message>
    <message>
        <source>Response-time targets and business hours</source>
        <translation>Mål for svartider og åbningstid</translation>
    </message>
    <message>
        <source>&amp;Agents and teams…</source>
        <translation>&amp;Medarbejdere og teams…</translation>
    </message>
    <message>
        <source>Agents, their roles and tiers, teams and the tiers&apos; names</source>
        <translation>Medarbejdere, deres roller og niveauer, teams og niveauernes navne</translation>
    </message>
    <message>
        <source>&amp;Mail accounts…</source>
        <translation>Mail&amp;konti…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynkroniser nu</translation>
    </message>
    <message>
        <source>Ser&amp;ver connection…</source>
        <translation>Ser&amp;verforbindelse…</translation>
    </message>
    <message>
        <source>&amp;Work offline</source>
        <translation>&amp;Arbejd offline</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Næste henvendelse</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Forrige henvendelse</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Søg…</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>&amp;Ryd søgning</translation>
    </message>
    <message>
        <source>No search results are shown.</source>
        <translation>Der vises ingen søgeresultater.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>O&amp;versigt</translation>
    </message>
    <message>
        <source>Queues, load and key figures</source>
        <translation>Køer, belastning og nøgletal</translation>
    </message>
    <message>
        <source>Queues, load and key figures, from this computer&apos;s copy</source>
        <translation>Køer, belastning og nøgletal fra denne computers kopi</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Synkroniserings&amp;konflikter…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge conversations</source>
        <translation>Flet henvendelser</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>Flet ind i:</translation>
    </message>
    <message>
        <source>The other selected conversations are merged into the one chosen here: their messages move to it and they are closed.</source>
        <translation>De andre valgte henvendelser flettes ind i den, du vælger her: deres beskeder flyttes dertil, og de lukkes.</translation>
    </message>
    <message>
        <source>Check the conversations to merge into this one: their messages move here and they are closed. A merge can be undone.</source>
        <translation>Sæt flueben ved de henvendelser, der skal flettes ind i denne: deres beskeder flyttes hertil, og de lukkes. En fletning kan fortrydes.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Flet</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) will be merged.</source>
        <translation>
            <numerusform>%n henvendelse bliver flettet.</numerusform>
            <numerusform>%n henvendelser bliver flettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another customer</source>
        <translation>En anden kunde</translation>
    </message>
    <message>
        <source>Merge conversations of another customer?</source>
        <translation>Flet henvendelser fra en anden kunde?</translation>
    </message>
    <message>
        <source>Merge anyway</source>
        <translation>Flet alligevel</translation>
    </message>
    <message>
        <source>%1 belongs to %2. Its messages move to #%3 and keep %2 as their author; %2 stays a contact of their own with their other conversations. Replies in #%3 go to %4.</source>
        <translation>%1 hører til %2. Beskederne flyttes til #%3 og beholder %2 som afsender; %2 forbliver en selvstændig kontakt med sine andre henvendelser. Svar i #%3 går til %4.</translation>
    </message>
</context>
<context>
    <name>MergePicker</name>
    <message>
        <source>Merge a duplicate into %1</source>
        <translation>Flet en dublet ind i %1</translation>
    </message>
    <message>
        <source>Name or email address</source>
        <translation>Navn eller e-mailadresse</translation>
    </message>
    <message>
        <source>Customers with the same name or address are listed first.</source>
        <translation>Kunder med samme navn eller adresse vises først.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Flet…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>MessageImages</name>
    <message>
        <source>Show remote &amp;images</source>
        <translation>Vis eksterne &amp;billeder</translation>
    </message>
    <message>
        <source>Load the pictures the customer&apos;s messages link to (the sender can see that you did)</source>
        <translation>Indlæs de billeder, kundens beskeder linker til (afsenderen kan se, at du gjorde det)</translation>
    </message>
</context>
<context>
    <name>MessageStrip</name>
    <message>
        <source>Dismiss</source>
        <translation>Luk</translation>
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
        <translation>Besked fra %1, %2</translation>
    </message>
    <message>
        <source>Find in this message (Ctrl+F)</source>
        <translation>Søg i denne besked (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 tegn</translation>
    </message>
    <message>
        <source>Loading… %1%</source>
        <translation>Indlæser… %1%</translation>
    </message>
</context>
<context>
    <name>MetricsErrors</name>
    <message>
        <source>A report period needs times with a time zone.</source>
        <translation>En rapportperiode skal have tidspunkter med tidszone.</translation>
    </message>
    <message>
        <source>The end of the period must be after its start.</source>
        <translation>Periodens slutning skal ligge efter dens start.</translation>
    </message>
    <message>
        <source>The period reaches beyond the years 1 to 9999 in UTC.</source>
        <translation>Perioden rækker ud over årene 1 til 9999 i UTC.</translation>
    </message>
    <message>
        <source>Dimension must be one of {join} (got {dimension!r}).</source>
        <translation>Dimensionen skal være en af {join} (fik {dimension!r}).</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>Perioden slutter ({last}), før den starter ({first}).</translation>
    </message>
    <message>
        <source>Cannot write the report to {path}.</source>
        <translation>Rapporten kan ikke skrives til {path}.</translation>
    </message>
    <message>
        <source>Cannot write the report: the folder {folder} does not exist.</source>
        <translation>Kan ikke skrive rapporten: mappen {folder} findes ikke.</translation>
    </message>
    <message>
        <source>The report file must end in .csv or .pdf (got {name!r}).</source>
        <translation>Rapportfilen skal ende på .csv eller .pdf (fik {name!r}).</translation>
    </message>
    <message>
        <source>Only supervisors can {doing}; {name} is an agent.</source>
        <translation>Kun teamledere kan {doing}; {name} er medarbejder.</translation>
    </message>
    <message>
        <source>The tier must be 1, 2 or 3 (got {tier!r}).</source>
        <translation>Niveauet skal være 1, 2 eller 3 (fik {tier!r}).</translation>
    </message>
    <message>
        <source>Reason must be one of {join} (got {reason!r}).</source>
        <translation>Årsagen skal være en af {join} (fik {reason!r}).</translation>
    </message>
    <message>
        <source>it is {status}; reopen it first.</source>
        <translation>den er {status}; genåbn den først.</translation>
    </message>
    <message>
        <source>That agent does not exist.</source>
        <translation>Den medarbejder findes ikke.</translation>
    </message>
    <message>
        <source>The survey kind must be csat, nps or ces (got {kind!r}).</source>
        <translation>Undersøgelsestypen skal være csat, nps eller ces (fik {kind!r}).</translation>
    </message>
    <message>
        <source>A {KIND_NAMES} answer must be on the {allowed} scale (got {low}-{high}).</source>
        <translation>Et {KIND_NAMES}-svar skal være på skalaen {allowed} (fik {low}-{high}).</translation>
    </message>
    <message>
        <source>The good end of a {KIND_NAMES} scale of {low}-{high} must be {ends} (got {best}).</source>
        <translation>Den gode ende af en {KIND_NAMES}-skala fra {low} til {high} skal være {ends} (fik {best}).</translation>
    </message>
    <message>
        <source>The {KIND_NAMES} score must be a whole number from {low} to {high}.</source>
        <translation>{KIND_NAMES}-scoren skal være et helt tal fra {low} til {high}.</translation>
    </message>
    <message>
        <source>The comment is too long (at most {MAX_COMMENT:,} characters).</source>
        <translation>Kommentaren er for lang (højst {MAX_COMMENT:,} tegn).</translation>
    </message>
    <message>
        <source>That conversation does not exist (it may have been deleted).</source>
        <translation>Den henvendelse findes ikke (den er måske blevet slettet).</translation>
    </message>
    <message>
        <source>Conversation #{number} was merged into another one; record the answer there.</source>
        <translation>Henvendelse #{number} blev flettet ind i en anden; registrer svaret dér.</translation>
    </message>
    <message>
        <source>The customer of conversation #{number} was erased; no survey answer can be recorded for them.</source>
        <translation>Kunden i henvendelse #{number} er blevet slettet; der kan ikke registreres et svar på en undersøgelse for kunden.</translation>
    </message>
    <message>
        <source>A time without a time zone was given.</source>
        <translation>Der blev angivet et tidspunkt uden tidszone.</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <source>Happy</source>
        <translation>Glad</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Utilfreds</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Vred</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation>Ny henvendelse</translation>
    </message>
    <message>
        <source>Type to find the customer; ↓ moves to the list.</source>
        <translation>Skriv for at finde kunden; ↓ flytter til listen.</translation>
    </message>
    <message>
        <source>Create conversation</source>
        <translation>Opret henvendelse</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Intet</translation>
    </message>
    <message>
        <source>Writing first needs a mailbox to send from; add one in File → Mail accounts.</source>
        <translation>For at skrive først skal der være en postkasse at sende fra; tilføj en under Filer → Mailkonti.</translation>
    </message>
    <message>
        <source>Customer sai&amp;d:</source>
        <translation>Kunden &amp;sagde:</translation>
    </message>
    <message>
        <source>&amp;Your message:</source>
        <translation>Din &amp;besked:</translation>
    </message>
    <message>
        <source>Write to the customer…</source>
        <translation>Skriv til kunden …</translation>
    </message>
    <message>
        <source>Send email</source>
        <translation>Send e-mail</translation>
    </message>
    <message>
        <source>1 customer found; pick them, or choose New customer.</source>
        <translation>1 kunde fundet; vælg kunden, eller vælg Ny kunde.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers found; pick one, or choose New customer.</source>
        <translation>
            <numerusform>%n kunde fundet; vælg kunden, eller vælg Ny kunde.</numerusform>
            <numerusform>%n kunder fundet; vælg en, eller vælg Ny kunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches “%1”. Choose New customer to add them.</source>
        <translation>Ingen kunde matcher &quot;%1&quot;. Vælg Ny kunde for at tilføje kunden.</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Pick the customer from the list, or choose New customer.</source>
        <translation>Vælg kunden på listen, eller vælg Ny kunde.</translation>
    </message>
    <message>
        <source>The new customer needs a name.</source>
        <translation>Den nye kunde skal have et navn.</translation>
    </message>
    <message>
        <source>%1 already belongs to a customer: choose Existing customer and look it up.</source>
        <translation>%1 tilhører allerede en kunde: vælg Eksisterende kunde, og slå den op.</translation>
    </message>
    <message>
        <source>Give the conversation a subject.</source>
        <translation>Giv henvendelsen et emne.</translation>
    </message>
    <message>
        <source>Write the message to the customer.</source>
        <translation>Skriv beskeden til kunden.</translation>
    </message>
    <message>
        <source>Write down what the customer said.</source>
        <translation>Skriv ned, hvad kunden sagde.</translation>
    </message>
    <message>
        <source>Choose a mailbox to send from.</source>
        <translation>Vælg en postkasse at sende fra.</translation>
    </message>
</context>
<context>
    <name>NewConversationForm</name>
    <message>
        <source>The customer &amp;got in touch</source>
        <translation>Kunden &amp;har kontaktet os</translation>
    </message>
    <message>
        <source>Write down a call, a letter, a visit or a message the customer sent.</source>
        <translation>Skriv et opkald, et brev, et besøg eller en besked fra kunden ned.</translation>
    </message>
    <message>
        <source>I write &amp;first, by email</source>
        <translation>Jeg skriver først, &amp;via e-mail</translation>
    </message>
    <message>
        <source>A follow-up, a check-in or an offer: your email opens the conversation and goes out through the mailbox you choose.</source>
        <translation>En opfølgning, et tjek eller et tilbud: din e-mail åbner henvendelsen og sendes fra den postkasse, du vælger.</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>How the customer got in touch. Phone calls, letters and walk-ins are recorded as logged by you.</source>
        <translation>Hvordan kunden tog kontakt. Opkald, breve og personligt fremmøde registreres som indtastet af dig.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Existing customer</source>
        <translation>&amp;Eksisterende kunde</translation>
    </message>
    <message>
        <source>Ne&amp;w customer</source>
        <translation>N&amp;y kunde</translation>
    </message>
    <message>
        <source>Find by name, email address or company…</source>
        <translation>Find efter navn, e-mailadresse eller firma…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfri</translation>
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
        <translation>&amp;Abonnement:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Spro&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>E&amp;mne:</translation>
    </message>
    <message>
        <source>What it is about, in a few words</source>
        <translation>Hvad det drejer sig om, med få ord</translation>
    </message>
    <message>
        <source>Customer sai&amp;d:</source>
        <translation>Kunden &amp;sagde:</translation>
    </message>
    <message>
        <source>Their words, as close as you can: the timeline shows this as the customer&apos;s message.</source>
        <translation>Kundens ord så præcist som muligt: tidslinjen viser dette som kundens besked.</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioritet:</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Din e-mail</translation>
    </message>
    <message>
        <source>Mail&amp;box:</source>
        <translation>P&amp;ostkasse:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Skrive&amp;sprog:</translation>
    </message>
    <message>
        <source>The language you write in; a canned reply is inserted in it.</source>
        <translation>Det sprog, du skriver på; et standardsvar indsættes på det sprog.</translation>
    </message>
    <message>
        <source>Canned re&amp;ply:</source>
        <translation>Stan&amp;dardsvar:</translation>
    </message>
</context>
<context>
    <name>NotificationList</name>
    <message>
        <source>New conversation</source>
        <translation>Ny henvendelse</translation>
    </message>
    <message>
        <source>A target</source>
        <translation>Et mål</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(intet emne)</translation>
    </message>
    <message>
        <source>Open to see them one by one</source>
        <translation>Åbn for at se dem én for én</translation>
    </message>
    <message>
        <source>%1 assigned %2 to you</source>
        <translation>%1 har tildelt dig %2</translation>
    </message>
    <message>
        <source>%2 was assigned to you by a rule</source>
        <translation>%2 blev tildelt dig af en regel</translation>
    </message>
    <message>
        <source>The customer replied on %1</source>
        <translation>Kunden har svaret på %1</translation>
    </message>
    <message>
        <source>Follow-up due on %1</source>
        <translation>Opfølgning forfalden på %1</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>En kollega</translation>
    </message>
    <message>
        <source>%1 mentioned you on %2</source>
        <translation>%1 har nævnt dig på %2</translation>
    </message>
    <message>
        <source>%1 is due soon on %2</source>
        <translation>%1 forfalder snart på %2</translation>
    </message>
    <message>
        <source>%1 is overdue on %2</source>
        <translation>%1 er overskredet på %2</translation>
    </message>
    <message>
        <source>%1 is back: the customer wrote</source>
        <translation>%1 er tilbage: kunden har skrevet</translation>
    </message>
    <message>
        <source>%1 is back from snooze</source>
        <translation>%1 er tilbage fra udsættelse</translation>
    </message>
    <message>
        <source>%n unread notification(s)</source>
        <translation>%n ulæste notifikationer</translation>
    </message>
    <message>
        <source>Notifications: nothing unread</source>
        <translation>Notifikationer: intet ulæst</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikationer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Markér alle som læst</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Ingen notifikationer endnu.</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Assigned to me</source>
        <translation>Tildelt mig</translation>
    </message>
    <message>
        <source>My customer replied</source>
        <translation>Min kunde har svaret</translation>
    </message>
    <message>
        <source>Mentioned in a note</source>
        <translation>Nævnt i en note</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Opfølgning forfalden</translation>
    </message>
    <message>
        <source>Back from snooze</source>
        <translation>Tilbage fra udsættelse</translation>
    </message>
    <message>
        <source>SLA due soon</source>
        <translation>SLA forfalder snart</translation>
    </message>
    <message>
        <source>SLA overdue</source>
        <translation>SLA overskredet</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikationer</translation>
    </message>
    <message>
        <source>Also as desktop notifications</source>
        <translation>Også som skrivebordsnotifikationer</translation>
    </message>
</context>
<context>
    <name>NotifyPart</name>
    <message>
        <source>S&amp;nooze until…</source>
        <translation>&amp;Udsæt til …</translation>
    </message>
    <message>
        <source>Put the conversation away until a time; it comes back then or when the customer writes</source>
        <translation>Læg henvendelsen væk til et tidspunkt; den kommer tilbage da, eller når kunden skriver</translation>
    </message>
    <message>
        <source>&amp;Unsnooze</source>
        <translation>&amp;Hent tilbage</translation>
    </message>
    <message>
        <source>Bring the snoozed conversation back to the working views now</source>
        <translation>Hent den udsatte henvendelse tilbage til arbejdsvisningerne nu</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifikationer</translation>
    </message>
    <message>
        <source>What happened on your conversations</source>
        <translation>Hvad der er sket på dine henvendelser</translation>
    </message>
    <message>
        <source>Snoozed until %1; bring it back to the working views now</source>
        <translation>Udsat til %1; hent den tilbage til arbejdsvisningerne nu</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Åbn først en henvendelse.</translation>
    </message>
    <message>
        <source>Snoozed until %1: it comes back then or when the customer writes.</source>
        <translation>Udsat til %1: den kommer tilbage da, eller når kunden skriver.</translation>
    </message>
    <message>
        <source>This conversation is not snoozed.</source>
        <translation>Denne henvendelse er ikke udsat.</translation>
    </message>
    <message>
        <source>Back in the working views.</source>
        <translation>Tilbage i arbejdsvisningerne.</translation>
    </message>
</context>
<context>
    <name>OneLineLabel</name>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
</context>
<context>
    <name>OrderedRows</name>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>example.com, example.de</source>
        <translation>eksempel.dk, eksempel.com</translation>
    </message>
    <message>
        <source>New mail from these domains joins the sender to this organisation.</source>
        <translation>Nye mails fra disse domæner knytter afsenderen til denne organisation.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>&amp;Domæner</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>A&amp;bonnement</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Note&amp;r</translation>
    </message>
</context>
<context>
    <name>OutgoingAttachments</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Vedhæft filer…</translation>
    </message>
    <message>
        <source>Add files to the reply or note you are writing</source>
        <translation>Vedhæft filer til det svar eller den note, du skriver</translation>
    </message>
    <message>
        <source>Attach files… (Ctrl+Shift+A); or drop files or paste a picture</source>
        <translation>Vedhæft filer… (Ctrl+Skift+A); eller træk filer hertil eller indsæt et billede</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Vedhæft filer</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>Vedhæfter %1…</translation>
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
        <translation>En tilstedeværelsesbesked fra serveren kunne ikke læses.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>En kollega</translation>
    </message>
    <message>
        <source>You are writing a reply in another window</source>
        <translation>Du skriver et svar i et andet vindue</translation>
    </message>
    <message>
        <source>You have it open in another window</source>
        <translation>Du har den åben i et andet vindue</translation>
    </message>
    <message>
        <source>%1 is writing a reply</source>
        <translation>%1 skriver et svar</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 kigger på henvendelsen</translation>
    </message>
    <message>
        <source>%1 is writing a reply — you may answer twice.</source>
        <translation>%1 skriver et svar lige nu – I risikerer at svare to gange.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høj</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Haster</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} findes ikke.</translation>
    </message>
    <message>
        <source>Wrote {path}: {conversations} conversations, {messages} messages, {files} files.</source>
        <translation>{path} skrevet: {conversations} henvendelser, {messages} beskeder, {files} filer.</translation>
    </message>
    <message>
        <source>{count} files are not on this desktop in full and are listed only.</source>
        <translation>{count} filer findes ikke helt på denne computer og er kun nævnt.</translation>
    </message>
    <message>
        <source>Erase {name} &lt;{email}&gt; for good? Type erase to confirm: </source>
        <translation>Slet {name} &lt;{email}&gt; endeligt? Skriv erase for at bekræfte: </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Intet blev slettet.</translation>
    </message>
    <message>
        <source>Erased: {conversations} conversations anonymised, {messages} messages emptied, {files} files deleted. The next sync erases the customer on the server and every desktop.</source>
        <translation>Slettet: {conversations} henvendelser anonymiseret, {messages} beskeder tømt, {files} filer fjernet. Næste synkronisering sletter kunden på serveren og på alle computere.</translation>
    </message>
    <message>
        <source>The retention policy is off.</source>
        <translation>Opbevaringsreglen er slået fra.</translation>
    </message>
    <message>
        <source>{count} customers have had no conversation for {years} years; none was changed.</source>
        <translation>{count} kunder har ikke haft en henvendelse i {years} år; intet blev ændret.</translation>
    </message>
    <message>
        <source>{count} customers with no conversation for {years} years were anonymised.</source>
        <translation>{count} kunder uden henvendelse i {years} år blev anonymiseret.</translation>
    </message>
    <message>
        <source>The customer asked to be erased</source>
        <translation>Kunden har bedt om sletning</translation>
    </message>
    <message>
        <source>The customer withdrew their consent</source>
        <translation>Kunden har trukket sit samtykke tilbage</translation>
    </message>
    <message>
        <source>The customer objected to the processing</source>
        <translation>Kunden har gjort indsigelse mod behandlingen</translation>
    </message>
    <message>
        <source>The data was processed unlawfully</source>
        <translation>Oplysningerne blev behandlet ulovligt</translation>
    </message>
    <message>
        <source>The retention period has passed</source>
        <translation>Opbevaringsperioden er udløbet</translation>
    </message>
    <message>
        <source>Unknown reason “{reason}”. Use one of: {codes}.</source>
        <translation>Ukendt årsag “{reason}”. Brug en af: {codes}.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address.</source>
        <translation>“{email}” er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>No customer has the address {email}.</source>
        <translation>Ingen kunde har adressen {email}.</translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may erase a customer.</source>
        <translation>Kun en teamleder eller en administrator må slette en kunde.</translation>
    </message>
    <message>
        <source>This database syncs with a server, and this desktop does not know yet whether your server login may erase customers. Sync once, then try again. Nothing was erased.</source>
        <translation>Databasen synkroniseres med en server, og dette skrivebord ved endnu ikke, om dit serverlogin må slette kunder. Synkronisér én gang, og prøv så igen. Intet blev slettet.</translation>
    </message>
    <message>
        <source>Your server login {login} is an agent&apos;s: only a supervisor or an admin may erase a customer, and the server would refuse it. Nothing was erased.</source>
        <translation>Dit serverlogin {login} tilhører en medarbejder: Kun en teamleder eller en admin må slette en kunde, og serveren ville afvise det. Intet blev slettet.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Kunden findes ikke længere.</translation>
    </message>
    <message>
        <source>This customer has already been erased.</source>
        <translation>Kunden er allerede slettet.</translation>
    </message>
    <message>
        <source>Personal data of {name}</source>
        <translation>Personoplysninger om {name}</translation>
    </message>
    <message>
        <source>Exported on {date}. The file data.json holds the same in machine-readable form; attached files are in the folder files.</source>
        <translation>Eksporteret {date}. Filen data.json indeholder det samme i maskinlæsbar form; vedhæftede filer ligger i mappen files.</translation>
    </message>
    <message>
        <source>Conversations ({count})</source>
        <translation>Henvendelser ({count})</translation>
    </message>
    <message>
        <source>Messages in other conversations</source>
        <translation>Beskeder i andre henvendelser</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Svar på undersøgelser</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Intern note</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde siden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} er en fil, ikke en mappe.</translation>
    </message>
    <message>
        <source>Could not write the export to {path}: {reason}</source>
        <translation>Eksporten kunne ikke skrives til {path}: {reason}</translation>
    </message>
    <message>
        <source>The retention period must be a whole number of years from {low} to {high}.</source>
        <translation>Opbevaringsperioden skal være et helt antal år fra {low} til {high}.</translation>
    </message>
    <message>
        <source>No retention period is set. Give one with --years, from 1 to 30.</source>
        <translation>Der er ikke angivet nogen opbevaringsperiode. Angiv en med --years (1 til 30).</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export personal data to folder</source>
        <translation>Eksportér personoplysninger til mappe</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Eksportér personoplysninger</translation>
    </message>
    <message>
        <source>Wrote %1 with %2 conversations and %3 files.</source>
        <translation>%1 skrevet med %2 henvendelser og %3 filer.</translation>
    </message>
    <message>
        <source>%1 files are not on this desktop in full and are listed only.</source>
        <translation>%1 filer findes ikke helt på denne computer og er kun nævnt.</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Eksportér personoplysninger…</translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>Slet kunde…</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>More</source>
        <translation>Mere</translation>
    </message>
    <message>
        <source>More of this conversation&apos;s properties</source>
        <translation>Flere af henvendelsens egenskaber</translation>
    </message>
    <message>
        <source>Status (S)</source>
        <translation>Status (S)</translation>
    </message>
    <message>
        <source>Priority (P)</source>
        <translation>Prioritet (P)</translation>
    </message>
    <message>
        <source>Tier: escalate, return, transfer</source>
        <translation>Niveau: eskaler, send tilbage, overfør</translation>
    </message>
    <message>
        <source>Escalate to a higher tier (E)</source>
        <translation>Eskaler til et højere niveau (E)</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskaler</translation>
    </message>
    <message>
        <source>Team: transfer to another team</source>
        <translation>Team: overfør til et andet team</translation>
    </message>
    <message>
        <source>Assignee (A)</source>
        <translation>Ansvarlig (A)</translation>
    </message>
    <message>
        <source>Take this conversation: it becomes yours</source>
        <translation>Tag henvendelsen: den bliver din</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Follow up (F)</source>
        <translation>Opfølgning (F)</translation>
    </message>
    <message>
        <source>+ Tag</source>
        <translation>+ Tag</translation>
    </message>
    <message>
        <source>Add a tag (T)</source>
        <translation>Tilføj et tag (T)</translation>
    </message>
    <message>
        <source>tag, Enter to add</source>
        <translation>tag, Enter tilføjer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Priority: %1 (P)</source>
        <translation>Prioritet: %1 (P)</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Intet team</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>Flettet ind i #%1</translation>
    </message>
    <message>
        <source>Time per tier: %1</source>
        <translation>Tid pr. niveau: %1</translation>
    </message>
    <message>
        <source>(business hours)</source>
        <translation>(åbningstid)</translation>
    </message>
    <message>
        <source>%1: %2 business, %3 on the clock (%4 – %5)</source>
        <translation>%1: %2 i åbningstid, %3 i alt (%4 – %5)</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Opfølgning %1</translation>
    </message>
    <message>
        <source>Tag “%1”: press to remove</source>
        <translation>Tag &quot;%1&quot;: tryk for at fjerne</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
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
        <translation>&amp;Prioritet</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>&amp;Ansvarlig</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Tildel til &amp;mig</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;Fjern tildeling</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Skift s&amp;tatus…</translation>
    </message>
    <message>
        <source>Change &amp;priority…</source>
        <translation>Skift &amp;prioritet…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Tildel…</translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation>&amp;Opfølgning…</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Tilføj t&amp;ag…</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Fjern tag &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mappe</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;typen:</translation>
    </message>
</context>
<context>
    <name>QueryErrors</name>
    <message>
        <source>No team is called “{name}”.</source>
        <translation>Intet team hedder „{name}“.</translation>
    </message>
    <message>
        <source>Several teams fit “{name}”: write more of the name.</source>
        <translation>Flere teams passer til „{name}“: skriv mere af navnet.</translation>
    </message>
    <message>
        <source>No agent is called “{name}”.</source>
        <translation>Ingen medarbejder hedder „{name}“.</translation>
    </message>
    <message>
        <source>Several agents fit “{name}”: write more of the name.</source>
        <translation>Flere medarbejdere passer til „{name}“: skriv mere af navnet.</translation>
    </message>
    <message>
        <source>The saved view&apos;s filters cannot be read.</source>
        <translation>Filtrene i den gemte visning kan ikke læses.</translation>
    </message>
    <message>
        <source>“{value}” is not a {field} (at character {position}); use one of: {choices}.</source>
        <translation>„{value}“ er ikke en gyldig værdi for {field} (ved tegn {position}); brug en af: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a language code such as de or da (at character {position}).</source>
        <translation>„{value}“ er ikke en sprogkode som de eller da (ved tegn {position}).</translation>
    </message>
    <message>
        <source>“{value}” is not a date like 2026-11-01 (at character {position}).</source>
        <translation>„{value}“ er ikke en dato som 2026-11-01 (ved tegn {position}).</translation>
    </message>
    <message>
        <source>{field}: needs a value (at character {position}).</source>
        <translation>{field}: mangler en værdi (ved tegn {position}).</translation>
    </message>
    <message>
        <source>There is no field “{name}” (at character {position}); fields: {fields}.</source>
        <translation>Der er intet felt „{name}“ (ved tegn {position}); felter: {fields}.</translation>
    </message>
    <message>
        <source>{field} takes “:” and a value, not “{op}” (at character {position}).</source>
        <translation>{field} skal have „:“ og en værdi, ikke „{op}“ (ved tegn {position}).</translation>
    </message>
    <message>
        <source>The search has too many fields (at most {limit}).</source>
        <translation>Søgningen har for mange felter (højst {limit}).</translation>
    </message>
</context>
<context>
    <name>QueueReviewDialog</name>
    <message>
        <source>Tick &amp;all</source>
        <translation>Markér &amp;alle</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Omfordel…</translation>
    </message>
    <message>
        <source>Move to &amp;tier…</source>
        <translation>Flyt til &amp;niveau…</translation>
    </message>
    <message>
        <source>Move to t&amp;eam…</source>
        <translation>Flyt til t&amp;eam…</translation>
    </message>
    <message>
        <source>&amp;Coaching note…</source>
        <translation>&amp;Coachingnote…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Å&amp;bn</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 henvendelser</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Untick &amp;all</source>
        <translation>Fjern &amp;alle markeringer</translation>
    </message>
    <message>
        <source>Coaching note added.</source>
        <translation>Coachingnote tilføjet.</translation>
    </message>
    <message>
        <source>Tick the conversations first.</source>
        <translation>Markér henvendelserne først.</translation>
    </message>
    <message>
        <source>Back to the queue (unassigned)</source>
        <translation>Tilbage i køen (ikke tildelt)</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Omfordel</translation>
    </message>
    <message>
        <source>Give them to</source>
        <translation>Giv dem til</translation>
    </message>
    <message>
        <source>Move to another tier</source>
        <translation>Flyt til et andet niveau</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
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
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Hand-off note for the new tier (required)</source>
        <translation>Overdragelsesnote til det nye niveau (påkrævet)</translation>
    </message>
    <message>
        <source>Move to another team</source>
        <translation>Flyt til et andet team</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Note for the team (optional)</source>
        <translation>Note til teamet (valgfri)</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coachingnote</translation>
    </message>
    <message>
        <source>What went well, what to try next time (an internal note marked as coaching)</source>
        <translation>Hvad gik godt, hvad kan prøves næste gang (en intern note markeret som coaching)</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Needs technical expertise</source>
        <translation>Kræver teknisk ekspertise</translation>
    </message>
    <message>
        <source>Needs authority or permissions</source>
        <translation>Kræver beføjelser eller rettigheder</translation>
    </message>
    <message>
        <source>Suspected defect</source>
        <translation>Mistanke om fejl</translation>
    </message>
    <message>
        <source>Customer asked for a specialist</source>
        <translation>Kunden bad om en specialist</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA i fare</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>SLA (automatic)</source>
        <translation>SLA (automatisk)</translation>
    </message>
    <message>
        <source>Returned to a lower tier</source>
        <translation>Sendt tilbage til et lavere niveau</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>First response SLA breached at {time}: moved from {from_tier} to {to_tier} automatically.</source>
        <translation>SLA for første svar overskredet {time}: automatisk eskaleret fra {from_tier} til {to_tier}.</translation>
    </message>
    <message>
        <source>First response SLA at risk at {time}: moved from {from_tier} to {to_tier} automatically.</source>
        <translation>SLA for første svar i fare {time}: automatisk eskaleret fra {from_tier} til {to_tier}.</translation>
    </message>
    <message>
        <source>Next response SLA breached at {time}: moved from {from_tier} to {to_tier} automatically.</source>
        <translation>SLA for næste svar overskredet {time}: automatisk eskaleret fra {from_tier} til {to_tier}.</translation>
    </message>
    <message>
        <source>Next response SLA at risk at {time}: moved from {from_tier} to {to_tier} automatically.</source>
        <translation>SLA for næste svar i fare {time}: automatisk eskaleret fra {from_tier} til {to_tier}.</translation>
    </message>
    <message>
        <source>Resolution SLA breached at {time}: moved from {from_tier} to {to_tier} automatically.</source>
        <translation>SLA for løsning overskredet {time}: automatisk eskaleret fra {from_tier} til {to_tier}.</translation>
    </message>
    <message>
        <source>Resolution SLA at risk at {time}: moved from {from_tier} to {to_tier} automatically.</source>
        <translation>SLA for løsning i fare {time}: automatisk eskaleret fra {from_tier} til {to_tier}.</translation>
    </message>
    <message>
        <source>Moved from {from_tier} to {to_tier} automatically by the SLA policy.</source>
        <translation>Automatisk eskaleret fra {from_tier} til {to_tier} af SLA-politikken.</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>Slettet kunde</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Automatic hand-off note</source>
        <translation>Automatisk overdragelsesnote</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <source>Acknowledgement</source>
        <extracomment>The fixed categories, in the order an agent goes through a conversation.</extracomment>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Forståelse</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Undskyldning</translation>
    </message>
    <message>
        <source>Reassurance</source>
        <translation>Beroligelse</translation>
    </message>
    <message>
        <source>Asking for information</source>
        <translation>Spørgsmål om oplysninger</translation>
    </message>
    <message>
        <source>Escalation notice</source>
        <translation>Besked om eskalering</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>Venter på kunden</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afslutning</translation>
    </message>
    <message>
        <source>The customer&apos;s first name</source>
        <extracomment>Every placeholder a template may use, with a short description for the editor&apos;s help.</extracomment>
        <translation>Kundens fornavn</translation>
    </message>
    <message>
        <source>The customer&apos;s full name</source>
        <translation>Kundens fulde navn</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Dit fornavn</translation>
    </message>
    <message>
        <source>The conversation&apos;s number, e.g. 1042</source>
        <translation>Henvendelsens nummer, f.eks. 1042</translation>
    </message>
    <message>
        <source>The conversation&apos;s subject</source>
        <translation>Henvendelsens emne</translation>
    </message>
    <message>
        <source>When the first answer is due, e.g. &apos;today at 14:00&apos;, in the customer&apos;s words</source>
        <translation>Hvornår det første svar skal gives, f.eks. &apos;i dag kl. 14.00&apos;, med kundens ord</translation>
    </message>
    <message>
        <source>Where the cursor lands after inserting (removed from the text)</source>
        <translation>Hvor markøren står efter indsættelsen (fjernes fra teksten)</translation>
    </message>
</context>
<context>
    <name>RepliesErrors</name>
    <message>
        <source>{problem} Nothing was imported.</source>
        <translation>{problem} Intet blev importeret.</translation>
    </message>
    <message>
        <source>Entry {entry} (“{title}”): {problem} Nothing was imported.</source>
        <translation>Post {entry} (&quot;{title}&quot;): {problem} Intet blev importeret.</translation>
    </message>
    <message>
        <source>Entry {entry}: {problem} Nothing was imported.</source>
        <translation>Post {entry}: {problem} Intet blev importeret.</translation>
    </message>
    <message>
        <source>The file is larger than {value} MB.</source>
        <translation>Filen er større end {value} MB.</translation>
    </message>
    <message>
        <source>The file cannot be imported: {exc}.</source>
        <translation>Filen kan ikke importeres: {exc}.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {lineno}, column {colno}).</source>
        <translation>Filen er ikke gyldig JSON (linje {lineno}, kolonne {colno}).</translation>
    </message>
    <message>
        <source>This is not a canned-reply file (its “format” must be “{FORMAT}”).</source>
        <translation>Dette er ikke en standardsvarsfil (dens &quot;format&quot; skal være &quot;{FORMAT}&quot;).</translation>
    </message>
    <message>
        <source>The file has no “replies” list.</source>
        <translation>Filen har ingen &quot;replies&quot;-liste.</translation>
    </message>
    <message>
        <source>its id is also the id of entry {ids}.</source>
        <translation>dens id er også id for post {ids}.</translation>
    </message>
    <message>
        <source>the shortcut /{shortcut} is also used by entry {shortcuts}.</source>
        <translation>genvejen /{shortcut} bruges også af post {shortcuts}.</translation>
    </message>
    <message>
        <source>it is not an object with a title and texts.</source>
        <translation>den er ikke et objekt med en titel og tekster.</translation>
    </message>
    <message>
        <source>{name} is larger than {value} MB.</source>
        <translation>{name} er større end {value} MB.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} findes ikke.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a canned-reply file.</source>
        <translation>{path} er en mappe, ikke en standardsvarsfil.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation>{path} kan ikke læses: adgang nægtet.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text.</source>
        <translation>{name} er ikke UTF-8-tekst.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {value}.</source>
        <translation>{path} kan ikke skrives: {value}.</translation>
    </message>
    <message>
        <source>there is no team called “{team}” here.</source>
        <translation>der er intet team med navnet &quot;{team}&quot; her.</translation>
    </message>
    <message>
        <source>A canned reply needs a title.</source>
        <extracomment>Offered first when the customer reads as frustrated.</extracomment>
        <translation>Et standardsvar skal have en titel.</translation>
    </message>
    <message>
        <source>The title is too long: at most {MAX_TITLE_CHARS} characters.</source>
        <translation>Titlen er for lang: højst {MAX_TITLE_CHARS} tegn.</translation>
    </message>
    <message>
        <source>The shortcut /{shortcut} is already used by “{title}”.</source>
        <translation>Genvejen /{shortcut} bruges allerede af &quot;{title}&quot;.</translation>
    </message>
    <message>
        <source>“{category}” is not a category; choose one of: {join}.</source>
        <translation>&quot;{category}&quot; er ikke en kategori; vælg en af: {join}.</translation>
    </message>
    <message>
        <source>“{scope}” is not a scope; choose personal, team or everyone.</source>
        <translation>&quot;{scope}&quot; er ikke et gyldigt omfang; vælg personal, team eller everyone.</translation>
    </message>
    <message>
        <source>A personal reply needs an agent profile; choose “everyone” instead.</source>
        <translation>Et personligt svar kræver en medarbejderprofil; vælg &quot;everyone&quot; i stedet.</translation>
    </message>
    <message>
        <source>Choose the team this reply is for.</source>
        <translation>Vælg det team, svaret er til.</translation>
    </message>
    <message>
        <source>You can only share a reply with a team you work in.</source>
        <translation>Du kan kun dele et svar med et team, du arbejder i.</translation>
    </message>
    <message>
        <source>“{language}” is not a language AgentDesk writes in; use {join}.</source>
        <translation>&quot;{language}&quot; er ikke et sprog, AgentDesk skriver på; brug {join}.</translation>
    </message>
    <message>
        <source>A canned reply needs its text in at least one language.</source>
        <translation>Et standardsvar skal have tekst på mindst ét sprog.</translation>
    </message>
    <message>
        <source>The agent working at this desk does not exist (any more).</source>
        <translation>Medarbejderen ved denne arbejdsplads findes ikke (længere).</translation>
    </message>
    <message>
        <source>That canned reply does not exist (any more).</source>
        <translation>Det standardsvar findes ikke (længere).</translation>
    </message>
    <message>
        <source>That conversation does not exist (any more).</source>
        <translation>Den henvendelse findes ikke (længere).</translation>
    </message>
</context>
<context>
    <name>ReplyPicker</name>
    <message>
        <source>Insert a canned reply</source>
        <translation>Indsæt et standardsvar</translation>
    </message>
    <message>
        <source>Search by shortcut, title or words</source>
        <translation>Søg efter genvej, titel eller ord</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Indsæt</translation>
    </message>
    <message>
        <source>♥ The customer sounds frustrated (%1): empathy and apology replies come first.</source>
        <translation>♥ Kunden lyder frustreret (%1): svar med empati og undskyldning vises først.</translation>
    </message>
    <message>
        <source>No canned reply matches “%1”.</source>
        <translation>Intet standardsvar matcher &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No %1 text: the %2 one will be inserted.</source>
        <translation>Ingen tekst på %1: teksten på %2 bliver indsat.</translation>
    </message>
    <message>
        <source>%1 · %2 · used %3 times by you</source>
        <translation>%1 · %2 · brugt %3 gange af dig</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>All conversations</source>
        <translation>Alle henvendelser</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Intet team</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukendt)</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Niveau {tier}</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Intet niveau</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>AgentDesk KPI report</source>
        <translation>AgentDesk-nøgletalsrapport</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Periodens start</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Periodens slutning</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Opdelt efter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Group key</source>
        <translation>Gruppenøgle</translation>
    </message>
    <message>
        <source>{name} (minutes)</source>
        <translation>{name} (minutter)</translation>
    </message>
    <message>
        <source>{name} (%)</source>
        <translation>{name} (%)</translation>
    </message>
    <message>
        <source>{name}: based on</source>
        <translation>{name}: grundlag</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>1 conversation answered</source>
        <translation>1 henvendelse besvaret</translation>
    </message>
    <message>
        <source>%1 conversations answered</source>
        <translation>%1 henvendelser besvaret</translation>
    </message>
    <message>
        <source>1 conversation solved</source>
        <translation>1 henvendelse løst</translation>
    </message>
    <message>
        <source>%1 conversations solved</source>
        <translation>%1 henvendelser løst</translation>
    </message>
    <message>
        <source>1 conversation created</source>
        <translation>1 henvendelse oprettet</translation>
    </message>
    <message>
        <source>%1 conversations created</source>
        <translation>%1 henvendelser oprettet</translation>
    </message>
    <message>
        <source>1 target decided</source>
        <translation>1 mål afgjort</translation>
    </message>
    <message>
        <source>%1 targets decided</source>
        <translation>%1 mål afgjort</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 svar</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 svar</translation>
    </message>
    <message>
        <source>1 earlier customer</source>
        <translation>1 tidligere kunde</translation>
    </message>
    <message>
        <source>%1 earlier customers</source>
        <translation>%1 tidligere kunder</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 post</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 poster</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Side %1</translation>
    </message>
    <message>
        <source>Hours (calendar time)</source>
        <translation>Timer (kalendertid)</translation>
    </message>
    <message>
        <source>Minutes (calendar time)</source>
        <translation>Minutter (kalendertid)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>First resp.
median</source>
        <translation>Første svar
median</translation>
    </message>
    <message>
        <source>Resolution
median</source>
        <translation>Løsning
median</translation>
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
        <translation>SLA første
svar</translation>
    </message>
    <message>
        <source>SLA reso-
lution</source>
        <translation>SLA
løsning</translation>
    </message>
    <message>
        <source>Escal-
ated</source>
        <translation>Eska-
leret</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>%1 · %2 (UTC)</source>
        <translation>%1 · %2 (UTC)</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Efter medarbejder</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Efter team</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Efter niveau</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Efter kanal</translation>
    </message>
    <message>
        <source>(no conversations)</source>
        <translation>(ingen henvendelser)</translation>
    </message>
    <message>
        <source>Period: %1 (UTC)</source>
        <translation>Periode: %1 (UTC)</translation>
    </message>
    <message>
        <source>Computed at %1</source>
        <translation>Beregnet %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbejdsområde: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <source>“No data” means there was nothing to measure in the period (for example no survey answers); it is not a zero. What each measure means is explained on the last pages.</source>
        <translation>„Ingen data“ betyder, at der ikke var noget at måle i perioden (for eksempel ingen svar på undersøgelser); det er ikke et nul. Hvad hvert nøgletal betyder, står på de sidste sider.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <source>Conversations per day</source>
        <translation>Henvendelser pr. dag</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Dag (UTC)</translation>
    </message>
    <message>
        <source>SLA compliance by target</source>
        <translation>SLA-overholdelse pr. mål</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Første svar</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Næste svar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <source>Targets met in time (%)</source>
        <translation>Mål nået til tiden (%)</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>SLA-mål</translation>
    </message>
    <message>
        <source>CSAT by team</source>
        <translation>CSAT efter team</translation>
    </message>
    <message>
        <source>Satisfied answers (%)</source>
        <translation>Tilfredse svar (%)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>First response time by channel (median)</source>
        <translation>Tid til første svar efter kanal (median)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Resolution by tier (median)</source>
        <translation>Løsningstid efter niveau (median)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>How each measure is computed</source>
        <translation>Sådan beregnes hvert nøgletal</translation>
    </message>
    <message>
        <source>Conversations count under their current agent, team, tier and channel. Merged and deleted conversations are left out. Business hours are those of the calendar of each conversation&apos;s SLA policy.</source>
        <translation>Henvendelser tælles under deres nuværende medarbejder, team, niveau og kanal. Flettede og slettede henvendelser er udeladt. Åbningstiden er den i kalenderen for hver henvendelses SLA-politik.</translation>
    </message>
</context>
<context>
    <name>RoutingErrors</name>
    <message>
        <source>That rule does not exist (it may have been deleted).</source>
        <translation>Den regel findes ikke (den er måske slettet).</translation>
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation>En regel skal have et navn.</translation>
    </message>
    <message>
        <source>The name is too long (at most {n} characters).</source>
        <translation>Navnet er for langt (højst {n} tegn).</translation>
    </message>
    <message>
        <source>A change&apos;s “{which}” must be a value as text.</source>
        <translation>En ændrings „{which}“ skal være en værdi som tekst.</translation>
    </message>
    <message>
        <source>A {field} change can be to or from {join} only.</source>
        <translation>En ændring af {field} kan kun gå fra eller til {join}.</translation>
    </message>
    <message>
        <source>A {field} change names an id that is not valid.</source>
        <translation>En ændring af {field} angiver et ugyldigt id.</translation>
    </message>
    <message>
        <source>{key} must be a list of at most {n} entries.</source>
        <translation>{key} skal være en liste med højst {n} poster.</translation>
    </message>
    <message>
        <source>A change has a field and, if wanted, “to” and “from”.</source>
        <translation>En ændring har et felt og efter behov „to“ og „from“.</translation>
    </message>
    <message>
        <source>A change&apos;s field is one of {join}.</source>
        <translation>En ændrings felt er et af {join}.</translation>
    </message>
    <message>
        <source>A tag change names its tag with “to” only.</source>
        <translation>En tag-ændring angiver sit tag kun med „to“.</translation>
    </message>
    <message>
        <source>{key} can hold only {join}.</source>
        <translation>{key} kan kun indeholde {join}.</translation>
    </message>
    <message>
        <source>The conditions must be a JSON object.</source>
        <translation>Betingelserne skal være et JSON-objekt.</translation>
    </message>
    <message>
        <source>Unknown condition: {name!r}.</source>
        <translation>Ukendt betingelse: {name!r}.</translation>
    </message>
    <message>
        <source>A mailbox in the conditions is not a valid id.</source>
        <translation>En postkasse i betingelserne har ikke et gyldigt id.</translation>
    </message>
    <message>
        <source>Words must be text.</source>
        <translation>Ord skal være tekst.</translation>
    </message>
    <message>
        <source>{word!r} is not one word (letters and digits, at most {n}).</source>
        <translation>{word!r} er ikke ét ord (bogstaver og cifre, højst {n}).</translation>
    </message>
    <message>
        <source>An organisation must be a name of at most 200 characters.</source>
        <translation>En organisation skal være et navn på højst 200 tegn.</translation>
    </message>
    <message>
        <source>Words are looked for in the subject, the message or both.</source>
        <translation>Ord søges i emnet, i beskeden eller i begge.</translation>
    </message>
    <message>
        <source>A routing rule cannot insert a canned reply.</source>
        <translation>En fordelingsregel kan ikke indsætte et standardsvar.</translation>
    </message>
    <message>
        <source>A routing rule cannot assign to “me”; choose an agent or automatic assignment.</source>
        <translation>En fordelingsregel kan ikke tildele til „mig“; vælg en medarbejder eller automatisk tildeling.</translation>
    </message>
    <message>
        <source>A rule needs at least one action.</source>
        <translation>En regel skal have mindst én handling.</translation>
    </message>
    <message>
        <source>A rule runs on arrival, on a customer&apos;s message, when an agent changes the conversation, or on several of these.</source>
        <translation>En regel kører, når en henvendelse kommer ind, når kunden skriver, når en medarbejder ændrer henvendelsen, eller ved flere af dem.</translation>
    </message>
    <message>
        <source>The SLA policy of this rule is not a valid id.</source>
        <translation>Denne regels SLA-politik er ikke et gyldigt id.</translation>
    </message>
    <message>
        <source>The SLA policy of this rule no longer exists.</source>
        <translation>Denne regels SLA-politik findes ikke længere.</translation>
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
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Tag tilføjet</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>Tag fjernet</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Intet team</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>any</source>
        <translation>vilkårlig</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 ændret fra %2 til %3</translation>
    </message>
    <message>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Remove this change</source>
        <translation>Fjern denne ændring</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>vilkårligt tag</translation>
    </message>
    <message>
        <source>Add a change</source>
        <translation>Tilføj en ændring</translation>
    </message>
    <message>
        <source>Chosen by the policies&apos; conditions</source>
        <translation>Efter politikkernes betingelser</translation>
    </message>
    <message>
        <source>The conversation counts under this policy until a rule changes it, whatever the policies&apos; own conditions say</source>
        <translation>Henvendelsen tæller efter denne politik, indtil en regel ændrer den – uanset hvad politikkernes egne betingelser siger</translation>
    </message>
    <message>
        <source>a deleted policy</source>
        <translation>en slettet politik</translation>
    </message>
</context>
<context>
    <name>RoutingRulesDialog</name>
    <message>
        <source>Routing rules</source>
        <translation>Fordelingsregler</translation>
    </message>
    <message>
        <source>Rules run from top to bottom when a conversation arrives, the customer writes again or an agent changes it; each rule at most once, and what they change never starts them again.</source>
        <translation>Regler kører oppefra og ned, når en henvendelse kommer ind, kunden skriver igen, eller en medarbejder ændrer den; hver regel højst én gang, og det, de ændrer, starter dem aldrig igen.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>A conversation arrives</source>
        <translation>En henvendelse kommer ind</translation>
    </message>
    <message>
        <source>The customer writes again</source>
        <translation>Kunden skriver igen</translation>
    </message>
    <message>
        <source>An agent changes it</source>
        <translation>En medarbejder ændrer den</translation>
    </message>
    <message>
        <source>A change of status, priority, tier, team, assignee or tags: by hand, in a bulk action or by a macro</source>
        <translation>En ændring af status, prioritet, niveau, team, ansvarlig eller tags: i hånden, som massehandling eller via en makro</translation>
    </message>
    <message>
        <source>Runs when:</source>
        <translation>Kører, når:</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Conditions (all must hold; an empty one is not checked)</source>
        <translation>Betingelser (alle skal være opfyldt; tomme tjekkes ikke)</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation>Postkasse:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Abonnement:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioritet:</translation>
    </message>
    <message>
        <source>Organisations, separated by commas</source>
        <translation>Organisationer, adskilt med komma</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>invoice, rechnung*, faktura</source>
        <translation>faktura, invoice, rechnung*</translation>
    </message>
    <message>
        <source>Any of these words; a word ending in * also matches longer words</source>
        <translation>Et af disse ord; et ord, der slutter med *, passer også til længere ord</translation>
    </message>
    <message>
        <source>in the subject or the message</source>
        <translation>i emne eller besked</translation>
    </message>
    <message>
        <source>in the subject</source>
        <translation>i emnet</translation>
    </message>
    <message>
        <source>in the message</source>
        <translation>i beskeden</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>Ord:</translation>
    </message>
    <message>
        <source>Any of these tags</source>
        <translation>Et af disse tags</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>When an agent changes it: any one of these changes (none listed: any change)</source>
        <translation>Når en medarbejder ændrer den: én af disse ændringer er nok (ingen angivet: enhver ændring)</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Ændret:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>SLA &amp;policy:</source>
        <translation>SLA-&amp;politik:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(slået fra)</translation>
    </message>
    <message>
        <source>SLA policy: %1</source>
        <translation>SLA-politik: %1</translation>
    </message>
</context>
<context>
    <name>SavedListModel</name>
    <message>
        <source>Open conversations of the team %1</source>
        <translation>Åbne henvendelser i teamet %1</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Shared view (%1) · right-click to edit</source>
        <translation>Delt visning (%1) · højreklik for at redigere</translation>
    </message>
    <message>
        <source>Your own view · right-click to edit</source>
        <translation>Din egen visning · højreklik for at redigere</translation>
    </message>
</context>
<context>
    <name>SavedViewsPart</name>
    <message>
        <source>Save search as view…</source>
        <translation>Gem søgning som visning…</translation>
    </message>
    <message>
        <source>New view…</source>
        <translation>Ny visning…</translation>
    </message>
    <message>
        <source>Every agent&apos;s follow-ups</source>
        <translation>Alle medarbejderes opfølgninger</translation>
    </message>
    <message>
        <source>Save as view</source>
        <translation>Gem som visning</translation>
    </message>
    <message>
        <source>Save this search&apos;s fields as a view (Ctrl+Alt+V)</source>
        <translation>Gem søgningens felter som visning (Ctrl+Alt+V)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Open conversations of the team %1</source>
        <translation>Åbne henvendelser i teamet %1</translation>
    </message>
    <message>
        <source>%1 – AgentDesk</source>
        <translation>%1 – AgentDesk</translation>
    </message>
    <message>
        <source>Choose who works at this desk in Settings to save views.</source>
        <translation>Vælg i Indstillinger, hvem der arbejder ved denne arbejdsplads, for at gemme visninger.</translation>
    </message>
    <message>
        <source>New view</source>
        <translation>Ny visning</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Slet visning</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The conversations in it stay as they are.</source>
        <translation>Slet visningen „%1“? Henvendelserne i den forbliver, som de er.</translation>
    </message>
    <message>
        <source>Bring back the view “%1”</source>
        <translation>Gendan visningen “%1”</translation>
    </message>
    <message>
        <source>View “%1” deleted.</source>
        <translation>Visningen “%1” er slettet.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Search conversations, customers, messages…  %1</source>
        <translation>Søg i henvendelser, kunder, beskeder…  %1</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>PIN or password for %1</source>
        <translation>Pinkode eller adgangskode for %1</translation>
    </message>
    <message>
        <source>A PIN of at least 4 digits or a password of at least 8 characters. Tell it to %1 in person; AgentDesk keeps only a hash of it.</source>
        <translation>En pinkode på mindst 4 cifre eller en adgangskode på mindst 8 tegn. Fortæl den til %1 personligt; AgentDesk gemmer kun et hash af den.</translation>
    </message>
    <message>
        <source>&amp;New PIN or password:</source>
        <translation>&amp;Ny pinkode eller adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>The two entries differ; type the same one twice.</source>
        <translation>De to indtastninger er forskellige; skriv det samme to gange.</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n valgt</numerusform>
            <numerusform>%n valgt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerChecks</name>
    <message>
        <source>The server does not offer TLS at all (ssl = off): every desk&apos;s password and the customers&apos; data cross the network readable. Give it a certificate and set ssl = on.</source>
        <translation>Serveren tilbyder slet ikke TLS (ssl = off): Alle arbejdspladsers adgangskoder og kundernes data går læsbart over netværket. Giv den et certifikat, og sæt ssl = on.</translation>
    </message>
    <message>
        <source>pg_hba.conf line {line}: logins from {where} need no password at all (trust).</source>
        <translation>pg_hba.conf linje {line}: Logins fra {where} kræver slet ingen adgangskode (trust).</translation>
    </message>
    <message>
        <source>pg_hba.conf line {line}: logins from {where} send the password in plain text (method password); use scram-sha-256.</source>
        <translation>pg_hba.conf linje {line}: Logins fra {where} sender adgangskoden i klartekst (metode password); brug scram-sha-256.</translation>
    </message>
    <message>
        <source>pg_hba.conf line {line}: logins from {where} are accepted without TLS; use hostssl.</source>
        <translation>pg_hba.conf linje {line}: Logins fra {where} accepteres uden TLS; brug hostssl.</translation>
    </message>
    <message>
        <source>Could not set password encryption to SCRAM-SHA-256 with this login; ask the server&apos;s admin to set password_encryption = &apos;scram-sha-256&apos;.</source>
        <translation>Med dette login kunne adgangskodekrypteringen ikke sættes til SCRAM-SHA-256; bed serverens administrator om at sætte password_encryption = &apos;scram-sha-256&apos;.</translation>
    </message>
    <message>
        <source>Passwords are stored as SCRAM-SHA-256.</source>
        <translation>Adgangskoder gemmes som SCRAM-SHA-256.</translation>
    </message>
    <message>
        <source>These logins still have an MD5 password; give each a new one: {logins}.</source>
        <translation>Disse logins har stadig en MD5-adgangskode; giv hver af dem en ny: {logins}.</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s login rules (pg_hba.conf needs a superuser); check yourself that no other machine may log in without a password or without TLS.</source>
        <translation>Serverens login-regler kunne ikke læses (pg_hba.conf kræver en superbruger); kontrollér selv, at ingen anden maskine kan logge ind uden adgangskode eller uden TLS.</translation>
    </message>
    <message>
        <source>Logins from other machines need a password and TLS.</source>
        <translation>Logins fra andre maskiner kræver adgangskode og TLS.</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>AgentDesk keeps working on this computer&apos;s copy; with a server it shares the team&apos;s queues and syncs in the background, also after working offline.</source>
        <translation>AgentDesk arbejder videre på denne computers kopi; med en server deler den teamets køer og synkroniserer i baggrunden, også efter arbejde offline.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>agentdesk.yourshop.example</source>
        <translation>agentdesk.dinbutik.example</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>agentdesk</source>
        <translation>agentdesk</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>&amp;Kryptering</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>&amp;Certifikatudsteder</translation>
    </message>
    <message>
        <source>this computer&apos;s trusted authorities</source>
        <translation>denne computers betroede udstedere</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Vælg fil…</translation>
    </message>
    <message>
        <source>T&amp;rusted network: allow a connection whose certificate is not checked</source>
        <translation>&amp;Betroet netværk: tillad en forbindelse, hvis certifikat ikke kontrolleres</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <source>your own server login, from the shop&apos;s admin</source>
        <translation>dit eget serverlogin, fra butikkens administrator</translation>
    </message>
    <message>
        <source>P&amp;assword</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>&amp;Gem adgangskoden i systemets nøglering</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test forbindelse</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source>Verified: encrypted, certificate checked (recommended)</source>
        <translation>Kontrolleret: krypteret, certifikat kontrolleret (anbefalet)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>Krypteret, certifikat ikke kontrolleret</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Krypteret, når serveren tilbyder det</translation>
    </message>
    <message>
        <source>Off: not encrypted</source>
        <translation>Fra: ikke krypteret</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Serveren accepterede ikke brugernavnet eller adgangskoden.</translation>
    </message>
    <message>
        <source>The server has no login “{user}”; ask its admin to add you (agentdesk server add-agent).</source>
        <translation>Serveren har intet login “{user}”; bed administratoren om at tilføje dig (agentdesk server add-agent).</translation>
    </message>
    <message>
        <source>The encrypted connection to {server} failed; check the encryption setting.</source>
        <translation>Den krypterede forbindelse til {server} mislykkedes; tjek indstillingen for kryptering.</translation>
    </message>
    <message>
        <source>Server unreachable ({server}): check the address and the network.</source>
        <translation>Serveren kan ikke nås ({server}): tjek adressen og netværket.</translation>
    </message>
    <message>
        <source>Connected to {server}: an AgentDesk server this version can sync with.</source>
        <translation>Forbundet til {server}: en AgentDesk-server, som denne version kan synkronisere med.</translation>
    </message>
    <message>
        <source>Server connection</source>
        <translation>Serverforbindelse</translation>
    </message>
    <message>
        <source>Pin this certificate: refuse to connect if it ever changes</source>
        <translation>Fastlås dette certifikat: forbind ikke, hvis det ændres</translation>
    </message>
    <message>
        <source>Accept the new certificate</source>
        <translation>Godkend det nye certifikat</translation>
    </message>
    <message>
        <source>No system keyring is available here: the password is kept until AgentDesk closes and asked for again at the next start.</source>
        <translation>Der er ingen nøglering i systemet her: adgangskoden gemmes, indtil AgentDesk lukkes, og du bliver spurgt igen ved næste start.</translation>
    </message>
    <message>
        <source>Never kept in a file or a log.</source>
        <translation>Gemmes aldrig i en fil eller en log.</translation>
    </message>
    <message>
        <source>unchanged (type to replace)</source>
        <translation>uændret (skriv for at erstatte)</translation>
    </message>
    <message>
        <source>Test the connection first: the certificate it shows is the one pinned.</source>
        <translation>Test forbindelsen først: Det certifikat, den viser, er det, der fastlåses.</translation>
    </message>
    <message>
        <source>This computer will connect only to a server presenting this certificate, even if an authority vouches for another; renewing it needs your acceptance here.</source>
        <translation>Denne computer forbinder kun til en server, der viser dette certifikat, også selvom en udsteder står inde for et andet; et fornyet certifikat skal du godkende her.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network between this computer and the server can read and change what is synced, your password included. Only on the office&apos;s own network.</source>
        <translation>Ikke krypteret: Alle på netværket mellem denne computer og serveren kan læse og ændre det, der synkroniseres – også din adgangskode. Kun på kontorets eget netværk.</translation>
    </message>
    <message>
        <source>The certificate is not checked: someone on the network between this computer and the server could pose as the server and read your password and the customers&apos; data. Only on the office&apos;s own network.</source>
        <translation>Certifikatet kontrolleres ikke: Nogen på netværket mellem denne computer og serveren kan udgive sig for at være serveren og læse din adgangskode og kundernes data. Kun på kontorets eget netværk.</translation>
    </message>
    <message>
        <source>Certificate authority from the shop&apos;s admin</source>
        <translation>Certifikatudsteder fra butikkens administrator</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certifikater (*.crt *.pem *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Indtast serverens adresse.</translation>
    </message>
    <message>
        <source>Enter your server login (the shop&apos;s admin gives you one).</source>
        <translation>Indtast dit serverlogin (butikkens administrator giver dig et).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read.</source>
        <translation>Filen med certifikatudstederen %1 kan ikke læses.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Indtast adgangskoden.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>Forbindelsen er ikke krypteret.</translation>
    </message>
    <message>
        <source>Certificate of %1, issued by %2. SHA-256 fingerprint: %3</source>
        <translation>Certifikat for %1, udstedt af %2. SHA-256-fingeraftryk: %3</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>No agents yet</source>
        <translation>Ingen medarbejdere endnu</translation>
    </message>
    <message>
        <source>Another agent signs in with File → Switch agent… (Ctrl+Shift+O).</source>
        <translation>En anden medarbejder logger ind med Fil → Skift medarbejder… (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>Applied the next time AgentDesk starts; drafts are kept.</source>
        <translation>Træder i kraft, næste gang AgentDesk starter; kladder bevares.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <source>A conversation in a language without its own signature gets the one for every language.</source>
        <translation>En henvendelse på et sprog uden egen signatur får den for alle sprog.</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Alle sprog</translation>
    </message>
    <message>
        <source>Signature fo&amp;r:</source>
        <translation>Signatur t&amp;il:</translation>
    </message>
    <message>
        <source>Added once under your replies by email, above the mailbox&apos;s footer. Placeholders: %1.</source>
        <translation>Tilføjes én gang under dine svar via e-mail, over postkassens sidefod. Pladsholdere: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>AgentDesk speaks the new language the next time it starts. Your drafts are kept.</source>
        <translation>AgentDesk bruger det nye sprog, næste gang programmet starter. Dine kladder bevares.</translation>
    </message>
    <message>
        <source>AgentDesk speaks the new language after a restart. Restart now? Your drafts are saved first and kept.</source>
        <translation>AgentDesk bruger det nye sprog efter en genstart. Vil du genstarte nu? Dine kladder gemmes først og bevares.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Genstart nu</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>At this desk</source>
        <translation>Ved denne arbejdsplads</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Medarbejder:</translation>
    </message>
    <message>
        <source>Who works at this desk: replies, notes and changes are recorded as theirs, and &quot;My open&quot; lists their conversations.</source>
        <translation>Hvem der arbejder ved denne arbejdsplads: svar, noter og ændringer registreres som vedkommendes, og &quot;Mine åbne&quot; viser vedkommendes henvendelser.</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>Added below this agent&apos;s replies. Kept on this computer, for each agent separately.</source>
        <translation>Tilføjes under denne medarbejders svar. Gemmes på denne computer, særskilt for hver medarbejder.</translation>
    </message>
    <message>
        <source>Best regards,
Your name</source>
        <translation>Med venlig hilsen
Dit navn</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Udseende</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Light, dark, or whatever the desktop is set to. Applied at once.</source>
        <translation>Lyst, mørkt eller det, skrivebordet er indstillet til. Anvendes med det samme.</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>S&amp;kriftstørrelse:</translation>
    </message>
    <message>
        <source>The size of text throughout the window, in points. Applied at once.</source>
        <translation>Tekststørrelsen i hele vinduet, i punkter. Anvendes med det samme.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pkt.</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Single letters work where no text box has the keyboard. In the composer, type / and a few letters to insert a canned reply.</source>
        <translation>Enkelte bogstaver virker, når intet tekstfelt har fokus. I editoren kan du skrive / og et par bogstaver for at indsætte et standardsvar.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>TEAMS &amp; VIEWS</source>
        <translation>TEAMS &amp; VISNINGER</translation>
    </message>
    <message>
        <source>New view…</source>
        <translation>Ny visning…</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>VISNINGER</translation>
    </message>
    <message>
        <source>CHANNELS</source>
        <translation>KANALER</translation>
    </message>
    <message>
        <source>Show only %1 conversations (several channels can be on)</source>
        <translation>Vis kun henvendelser via %1 (flere kanaler kan være slået til)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Vis alle</translation>
    </message>
    <message>
        <source>Show every channel again</source>
        <translation>Vis alle kanaler igen</translation>
    </message>
    <message>
        <source>Edit view…</source>
        <translation>Rediger visning…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Slet visning</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Kun %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to AgentDesk</source>
        <translation>Log ind på AgentDesk</translation>
    </message>
    <message>
        <source>The desk is locked. Who works here now?</source>
        <translation>Arbejdspladsen er låst. Hvem arbejder her nu?</translation>
    </message>
    <message>
        <source>Who works here?</source>
        <translation>Hvem arbejder her?</translation>
    </message>
    <message>
        <source>Everyone&apos;s drafts are kept; each agent sees their own.</source>
        <translation>Alles kladder gemmes; hver medarbejder ser kun sine egne.</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;Pinkode eller adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>&amp;Stay signed in on this computer</source>
        <translation>&amp;Forbliv logget ind på denne computer</translation>
    </message>
    <message>
        <source>For a shop of one: AgentDesk opens without asking until someone else gets a PIN.</source>
        <translation>Til en virksomhed med én person: AgentDesk åbner uden at spørge, indtil en anden får en pinkode.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Log &amp;ind</translation>
    </message>
    <message>
        <source>&amp;Quit AgentDesk</source>
        <translation>&amp;Afslut AgentDesk</translation>
    </message>
    <message>
        <source>Nobody can sign in: there is no active agent.</source>
        <translation>Ingen kan logge ind: der er ingen aktiv medarbejder.</translation>
    </message>
    <message>
        <source>&amp;New PIN or password:</source>
        <translation>&amp;Ny pinkode eller adgangskode:</translation>
    </message>
    <message>
        <source>%1 has none yet: choose a PIN of at least 4 digits or a password of at least 8 characters. Only an admin can reset it later.</source>
        <translation>%1 har endnu ingen: vælg en pinkode på mindst 4 cifre eller en adgangskode på mindst 8 tegn. Senere kan kun en administrator nulstille den.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pinkode:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1.</source>
        <translation>For mange forkerte forsøg. Prøv igen om %1.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
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
        <translation>Ny henvendelse</translation>
    </message>
    <message>
        <source>%1 is overdue</source>
        <translation>%1 er overskredet</translation>
    </message>
    <message>
        <source>%1 was due at %2: %3</source>
        <translation>%1 forfaldt kl. %2: %3</translation>
    </message>
    <message>
        <source>%1 is due soon</source>
        <translation>%1 forfalder snart</translation>
    </message>
    <message>
        <source>%1 is due soon (warning since %2): %3</source>
        <translation>%1 forfalder snart (advarsel siden %2): %3</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(intet emne)</translation>
    </message>
    <message>
        <source>(moved to tier %1 automatically)</source>
        <translation>(automatisk flyttet til niveau %1)</translation>
    </message>
</context>
<context>
    <name>SlaChips</name>
    <message>
        <source>met late</source>
        <translation>nået for sent</translation>
    </message>
    <message>
        <source>met</source>
        <translation>nået</translation>
    </message>
    <message>
        <source>%1: met at %2</source>
        <translation>%1: nået %2</translation>
    </message>
    <message>
        <source>%1: met late, at %2</source>
        <translation>%1: nået for sent, %2</translation>
    </message>
    <message>
        <source>overdue by %1 of business time</source>
        <translation>overskredet med %1 åbningstid</translation>
    </message>
    <message>
        <source>%1 of business time left</source>
        <translation>%1 åbningstid tilbage</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>forfalder %1</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>sat på pause: %1</translation>
    </message>
    <message>
        <source>No SLA policy applies to this conversation.</source>
        <translation>Ingen SLA-politik gælder for denne henvendelse.</translation>
    </message>
    <message>
        <source>This conversation&apos;s SLA policy sets no targets.</source>
        <translation>Henvendelsens SLA-politik har ingen mål.</translation>
    </message>
    <message>
        <source>Chips count down to the due time on the clock; amber: due within the hour; red: overdue; grey: paused.</source>
        <translation>Mærkerne tæller ned til fristen; gul: forfalder inden for en time; rød: overskredet; grå: sat på pause.</translation>
    </message>
    <message>
        <source>Business time counts only while the calendar is open.</source>
        <translation>Åbningstid tæller kun, mens kalenderen er åben.</translation>
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
        <translation>Mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Lørdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Søndag</translation>
    </message>
    <message>
        <source>SLA policies and calendars</source>
        <translation>SLA-politikker og kalendere</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> % of the target</source>
        <translation> % af målet</translation>
    </message>
    <message>
        <source>no share</source>
        <translation>ingen andel</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>intet minimum</translation>
    </message>
    <message>
        <source>at the warning of</source>
        <translation>ved advarsel om</translation>
    </message>
    <message>
        <source>at the breach of</source>
        <translation>ved overskridelse af</translation>
    </message>
    <message>
        <source>= %1 (business time; a day is 8 hours)</source>
        <translation>= %1 (åbningstid; en dag er 8 timer)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>måles ikke</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Ny politik</translation>
    </message>
    <message>
        <source>New policy %1</source>
        <translation>Ny politik %1</translation>
    </message>
    <message>
        <source>Around the clock (no calendar)</source>
        <translation>Døgnet rundt (ingen kalender)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>No holidays or closed dates ahead.</source>
        <translation>Ingen kommende helligdage eller lukkedage.</translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>Ny kalender</translation>
    </message>
    <message>
        <source>The calendar %1 is used by %2 policies; choose another calendar for them first.</source>
        <translation>Kalenderen %1 bruges af %2 politikker; vælg først en anden kalender til dem.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importer kalender</translation>
    </message>
    <message>
        <source>Calendars (*.json);;All files (*)</source>
        <translation>Kalendere (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksporter kalender</translation>
    </message>
    <message>
        <source>Calendars (*.json)</source>
        <translation>Kalendere (*.json)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Filen %1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>%1 is not a calendar: %2</source>
        <translation>%1 er ikke en kalender: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Filen %1 kan ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>SlaEditorForm</name>
    <message>
        <source>&amp;Policies</source>
        <translation>&amp;Politikker</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politikker</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Try this policy earlier (first match wins)</source>
        <translation>Prøv denne politik tidligere (første match gælder)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>Try this policy later (first match wins)</source>
        <translation>Prøv denne politik senere (første match gælder)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;avn:</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>Akt&amp;iv</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Gælder for:</translation>
    </message>
    <message>
        <source>Nothing checked in a list means any value.</source>
        <translation>Intet markeret på en liste betyder alle værdier.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioriteter</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Abonnementer</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveauer</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Første svar:</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Første svar</translation>
    </message>
    <message>
        <source>Next response:</source>
        <translation>Næste svar:</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Næste svar</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Løsning:</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <source>&amp;Warn when left:</source>
        <translation>Ad&amp;var ved rest:</translation>
    </message>
    <message>
        <source>Warning share</source>
        <translation>Advarselsandel</translation>
    </message>
    <message>
        <source>or</source>
        <translation>eller</translation>
    </message>
    <message>
        <source>Warning minutes</source>
        <translation>Advarselsminutter</translation>
    </message>
    <message>
        <source>A&amp;utomatically:</source>
        <translation>A&amp;utomatisk:</translation>
    </message>
    <message>
        <source>act</source>
        <translation>reagér</translation>
    </message>
    <message>
        <source>Automatic escalation</source>
        <translation>Automatisk eskalering</translation>
    </message>
    <message>
        <source>Automatic escalation trigger</source>
        <translation>Udløser for automatisk eskalering</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>første svar</translation>
    </message>
    <message>
        <source>Automatic escalation on first response</source>
        <translation>Automatisk eskalering ved første svar</translation>
    </message>
    <message>
        <source>next response</source>
        <translation>næste svar</translation>
    </message>
    <message>
        <source>Automatic escalation on next response</source>
        <translation>Automatisk eskalering ved næste svar</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>løsning</translation>
    </message>
    <message>
        <source>Automatic escalation on resolution</source>
        <translation>Automatisk eskalering ved løsning</translation>
    </message>
    <message>
        <source>move one tier up</source>
        <translation>flyt et niveau op</translation>
    </message>
    <message>
        <source>Escalate automatically</source>
        <translation>Eskaler automatisk</translation>
    </message>
    <message>
        <source>notify supervisors</source>
        <translation>underret teamledere</translation>
    </message>
    <message>
        <source>Notify supervisors</source>
        <translation>Underret teamledere</translation>
    </message>
    <message>
        <source>At most once per conversation and target. Tier 3 goes no higher: then supervisors are only notified.</source>
        <translation>Højst én gang pr. henvendelse og mål. Niveau 3 kan ikke komme højere: så underrettes teamlederne kun.</translation>
    </message>
    <message>
        <source>Ca&amp;lendars</source>
        <translation>Ka&amp;lendere</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalendere</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Tilf&amp;øj</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tidszone:</translation>
    </message>
    <message>
        <source>Opening hours, e.g. 08:00-12:00, 13:00-17:00; leave empty when closed.</source>
        <translation>Åbningstider, f.eks. 08:00-12:00, 13:00-17:00; lad feltet være tomt, når der er lukket.</translation>
    </message>
    <message>
        <source>&amp;Monday:</source>
        <translation>&amp;Mandag:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <source>&amp;Tuesday:</source>
        <translation>Tir&amp;sdag:</translation>
    </message>
    <message>
        <source>W&amp;ednesday:</source>
        <translation>&amp;Onsdag:</translation>
    </message>
    <message>
        <source>T&amp;hursday:</source>
        <translation>To&amp;rsdag:</translation>
    </message>
    <message>
        <source>&amp;Friday:</source>
        <translation>&amp;Fredag:</translation>
    </message>
    <message>
        <source>&amp;Saturday:</source>
        <translation>&amp;Lørdag:</translation>
    </message>
    <message>
        <source>S&amp;unday:</source>
        <translation>S&amp;øndag:</translation>
    </message>
    <message>
        <source>Ho&amp;lidays of:</source>
        <translation>&amp;Helligdage for:</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>f.eks. DK</translation>
    </message>
    <message>
        <source>Holiday country</source>
        <translation>Land for helligdage</translation>
    </message>
    <message>
        <source>&amp;Subdivision:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>e.g. BY</source>
        <translation>f.eks. BY</translation>
    </message>
    <message>
        <source>Holiday subdivision</source>
        <translation>Region for helligdage</translation>
    </message>
    <message>
        <source>&amp;Closed dates:</source>
        <translation>Lu&amp;kkedage:</translation>
    </message>
    <message>
        <source>2026-12-24, 2026-12-31</source>
        <translation>2026-12-24, 2026-12-31</translation>
    </message>
    <message>
        <source>Next closed days</source>
        <translation>Næste lukkedage</translation>
    </message>
</context>
<context>
    <name>SlaErrors</name>
    <message>
        <source>{where}: {value!r} is not a time of day (write HH:MM, from 00:00 to 24:00).</source>
        <translation>{where}: {value!r} er ikke et klokkeslæt (skriv TT:MM, fra 00:00 til 24:00).</translation>
    </message>
    <message>
        <source>week: must be an object like {&quot;mon&quot;: [[&quot;08:00&quot;, &quot;17:00&quot;]]}.</source>
        <translation>week: skal være et objekt som {&quot;mon&quot;: [[&quot;08:00&quot;, &quot;17:00&quot;]]}.</translation>
    </message>
    <message>
        <source>week.{key}: unknown weekday (use {join}).</source>
        <translation>week.{key}: ukendt ugedag (brug {join}).</translation>
    </message>
    <message>
        <source>week.{key}: must be a list of intervals like [[&quot;08:00&quot;, &quot;17:00&quot;]].</source>
        <translation>week.{key}: skal være en liste af intervaller som [[&quot;08:00&quot;, &quot;17:00&quot;]].</translation>
    </message>
    <message>
        <source>{where}: an interval is a pair of times like [&quot;08:00&quot;, &quot;12:00&quot;].</source>
        <translation>{where}: et interval er et par tidspunkter som [&quot;08:00&quot;, &quot;12:00&quot;].</translation>
    </message>
    <message>
        <source>{where}: an interval cannot start at &apos;24:00&apos; (start the next day at &apos;00:00&apos;).</source>
        <translation>{where}: et interval kan ikke starte kl. &apos;24:00&apos; (start næste dag kl. &apos;00:00&apos;).</translation>
    </message>
    <message>
        <source>{where}: {interval!r}–{interval2!r} is empty.</source>
        <translation>{where}: {interval!r}–{interval2!r} er tomt.</translation>
    </message>
    <message>
        <source>week: the calendar has no opening hours at all; open at least one day.</source>
        <translation>week: kalenderen har slet ingen åbningstider; hold åbent mindst én dag.</translation>
    </message>
    <message>
        <source>holidays: must be an object like {&quot;country&quot;: &quot;DE&quot;, &quot;subdivision&quot;: &quot;BY&quot;}.</source>
        <translation>holidays: skal være et objekt som {&quot;country&quot;: &quot;DE&quot;, &quot;subdivision&quot;: &quot;BY&quot;}.</translation>
    </message>
    <message>
        <source>holidays.{key}: unknown key (use country and subdivision).</source>
        <translation>holidays.{key}: ukendt nøgle (brug country og subdivision).</translation>
    </message>
    <message>
        <source>closed: must be a list of dates like [&quot;2026-12-24&quot;].</source>
        <translation>closed: skal være en liste af datoer som [&quot;2026-12-24&quot;].</translation>
    </message>
    <message>
        <source>closed[{index}]: {item!r} is not a date (write YYYY-MM-DD).</source>
        <translation>closed[{index}]: {item!r} er ikke en dato (skriv ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>timezone: missing; give an IANA time zone such as &quot;Europe/Berlin&quot;.</source>
        <translation>timezone: mangler; angiv en IANA-tidszone som &quot;Europe/Copenhagen&quot;.</translation>
    </message>
    <message>
        <source>A business calendar must be a JSON object.</source>
        <translation>En arbejdskalender skal være et JSON-objekt.</translation>
    </message>
    <message>
        <source>{value}: {phrase}.</source>
        <translation>{value}: {phrase}.</translation>
    </message>
    <message>
        <source>{key}: unknown key (a calendar has {join}).</source>
        <translation>{key}: ukendt nøgle (en kalender har {join}).</translation>
    </message>
    <message>
        <source>The calendar is not text.</source>
        <translation>Kalenderen er ikke tekst.</translation>
    </message>
    <message>
        <source>The calendar cannot be used: {exc}.</source>
        <translation>Kalenderen kan ikke bruges: {exc}.</translation>
    </message>
    <message>
        <source>The calendar is not valid JSON: {shown}.</source>
        <translation>Kalenderen er ikke gyldig JSON: {shown}.</translation>
    </message>
    <message>
        <source>The calendar does not open within {HORIZON_YEARS} years.</source>
        <translation>Kalenderen åbner ikke inden for {HORIZON_YEARS} år.</translation>
    </message>
    <message>
        <source>The time lies outside the years a calendar can count (2–9998).</source>
        <translation>Tidspunktet ligger uden for de år, en kalender kan regne med (2–9998).</translation>
    </message>
    <message>
        <source>Policy {name!r}: {exc}</source>
        <translation>Politik {name!r}: {exc}</translation>
    </message>
    <message>
        <source>A calendar needs a name.</source>
        <translation>En kalender skal have et navn.</translation>
    </message>
    <message>
        <source>Calendar {strip!r}: {exc}</source>
        <translation>Kalender {strip!r}: {exc}</translation>
    </message>
    <message>
        <source>Two {kind} are called {strip!r}; give each its own name.</source>
        <translation>To {kind} hedder {strip!r}; giv hver sit eget navn.</translation>
    </message>
    <message>
        <source>The calendar {name!r} was deleted meanwhile.</source>
        <translation>Kalenderen {name!r} er blevet slettet i mellemtiden.</translation>
    </message>
    <message>
        <source>Policy {name!r}: its calendar does not exist (any more).</source>
        <translation>Politik {name!r}: dens kalender findes ikke (længere).</translation>
    </message>
    <message>
        <source>The policy {name!r} was deleted meanwhile.</source>
        <translation>Politikken {name!r} er blevet slettet i mellemtiden.</translation>
    </message>
    <message>
        <source>The name {name!r} belongs to a deleted {kind}; choose another name.</source>
        <translation>Navnet {name!r} tilhører en slettet {kind}; vælg et andet navn.</translation>
    </message>
    <message>
        <source>Another {kind} is already called {name!r}.</source>
        <translation>En anden {kind} hedder allerede {name!r}.</translation>
    </message>
    <message>
        <source>The policy does not exist.</source>
        <translation>Politikken findes ikke.</translation>
    </message>
    <message>
        <source>The calendar does not exist.</source>
        <translation>Kalenderen findes ikke.</translation>
    </message>
    <message>
        <source>A policy to reorder does not exist (any more).</source>
        <translation>En politik, der skal flyttes, findes ikke (længere).</translation>
    </message>
    <message>
        <source>The policy does not exist (any more).</source>
        <translation>Politikken findes ikke (længere).</translation>
    </message>
    <message>
        <source>match: must be an object like {&quot;channel&quot;: [&quot;email&quot;], &quot;priority&quot;: [&quot;urgent&quot;]}.</source>
        <translation>match: skal være et objekt som {&quot;channel&quot;: [&quot;email&quot;], &quot;priority&quot;: [&quot;urgent&quot;]}.</translation>
    </message>
    <message>
        <source>match.{key}: unknown key (use {join}).</source>
        <translation>match.{key}: ukendt nøgle (brug {join}).</translation>
    </message>
    <message>
        <source>match.{key}: must be a list (empty for any).</source>
        <translation>match.{key}: skal være en liste (tom for alle).</translation>
    </message>
    <message>
        <source>match.{key}: {item!r} is not one of {join}.</source>
        <translation>match.{key}: {item!r} er ikke en af {join}.</translation>
    </message>
    <message>
        <source>auto_escalation.on: {on!r} is not &apos;warning&apos; or &apos;breach&apos;.</source>
        <translation>auto_escalation.on: {on!r} er hverken &apos;warning&apos; eller &apos;breach&apos;.</translation>
    </message>
    <message>
        <source>auto_escalation.targets: choose at least one target.</source>
        <translation>auto_escalation.targets: vælg mindst ét mål.</translation>
    </message>
    <message>
        <source>auto_escalation: must be null (off) or an object like {example}.</source>
        <translation>auto_escalation: skal være null (fra) eller et objekt som {example}.</translation>
    </message>
    <message>
        <source>auto_escalation.{unknown}: unknown key (use {join}).</source>
        <translation>auto_escalation.{unknown}: ukendt nøgle (brug {join}).</translation>
    </message>
    <message>
        <source>auto_escalation.targets: must be a list of one or more of {join}.</source>
        <translation>auto_escalation.targets: skal være en liste med en eller flere af {join}.</translation>
    </message>
    <message>
        <source>auto_escalation.targets: {item!r} is not one of {join}.</source>
        <translation>auto_escalation.targets: {item!r} er ikke en af {join}.</translation>
    </message>
    <message>
        <source>auto_escalation.{key}: {value!r} is not true or false.</source>
        <translation>auto_escalation.{key}: {value!r} er hverken true eller false.</translation>
    </message>
    <message>
        <source>{what}: {value!r} is not a whole number of minutes.</source>
        <translation>{what}: {value!r} er ikke et helt antal minutter.</translation>
    </message>
    <message>
        <source>{what}: {value} minutes is out of range ({low} to {MAX_TARGET_MINUTES:,}).</source>
        <translation>{what}: {value} minutter er uden for intervallet ({low} til {MAX_TARGET_MINUTES:,}).</translation>
    </message>
    <message>
        <source>A policy needs a name.</source>
        <translation>En politik skal have et navn.</translation>
    </message>
    <message>
        <source>warning_share: {share!r} must be a share between 0 and 1, such as 0.25.</source>
        <translation>warning_share: {share!r} skal være en andel mellem 0 og 1, f.eks. 0.25.</translation>
    </message>
    <message>
        <source>auto_escalation: not a valid automatic escalation.</source>
        <translation>auto_escalation: ikke en gyldig automatisk eskalering.</translation>
    </message>
    <message>
        <source>The preset policies use the calendar {spec!r}, which is not a preset.</source>
        <translation>De forudindstillede politikker bruger kalenderen {spec!r}, som ikke er forudindstillet.</translation>
    </message>
    <message>
        <source>{calendar_name!r} is not a preset calendar (presets: {join}).</source>
        <translation>{calendar_name!r} er ikke en forudindstillet kalender (forudindstillinger: {join}).</translation>
    </message>
</context>
<context>
    <name>SlaFeed</name>
    <message>
        <source>The SLA countdowns could not be read: %1</source>
        <translation>SLA-nedtællingerne kunne ikke indlæses: %1</translation>
    </message>
</context>
<context>
    <name>SlaText</name>
    <message>
        <source>First response</source>
        <translation>Første svar</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Næste svar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Løsning</translation>
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
        <translation>uden for åbningstid</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>afventer kunde</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>på hold</translation>
    </message>
    <message>
        <source>not due within %1 years: the calendar has too few opening hours</source>
        <translation>forfalder ikke inden for %1 år: kalenderen har for få åbningstimer</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>nået for sent</translation>
    </message>
    <message>
        <source>met</source>
        <translation>nået</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>this conversation</source>
        <translation>denne henvendelse</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>Udsæt %1</translation>
    </message>
    <message>
        <source>Snooze until…</source>
        <translation>Udsæt til …</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Senere i dag</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>I morgen tidlig</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Næste uge</translation>
    </message>
    <message>
        <source>A date and time…</source>
        <translation>Dato og klokkeslæt …</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Dato og klokkeslæt:</translation>
    </message>
    <message>
        <source>It comes back at that time, or at once when the customer writes.</source>
        <translation>Den kommer tilbage på det tidspunkt, eller med det samme, når kunden skriver.</translation>
    </message>
    <message>
        <source>Its SLA clocks are paused because it is waiting on the customer (Pending), not because of the snooze.</source>
        <translation>Dens SLA-ure er sat på pause, fordi den afventer kunden (Afventer), ikke på grund af udsættelsen.</translation>
    </message>
    <message>
        <source>Snooze pauses nothing in the SLA: its clocks keep running unless the status is Pending (waiting on the customer).</source>
        <translation>Udsættelse sætter intet i SLA på pause: urene kører videre, medmindre status er Afventer (afventer kunden).</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Udsæt</translation>
    </message>
</context>
<context>
    <name>SnoozeErrors</name>
    <message>
        <source>A snooze time needs a time zone.</source>
        <translation>Et udsættelsestidspunkt skal have en tidszone.</translation>
    </message>
    <message>
        <source>Snooze until a time in the future.</source>
        <translation>Vælg et tidspunkt i fremtiden.</translation>
    </message>
    <message>
        <source>A snooze can last a year at most.</source>
        <translation>En udsættelse kan højst vare et år.</translation>
    </message>
    <message>
        <source>That conversation does not exist (it may have been deleted).</source>
        <translation>Den henvendelse findes ikke (den er måske slettet).</translation>
    </message>
    <message>
        <source>Only an active conversation can be snoozed.</source>
        <translation>Kun en aktiv henvendelse kan udsættes.</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split conversation</source>
        <translation>Del henvendelse</translation>
    </message>
    <message>
        <source>Choose the first message of the new conversation: it and every message after it move there. The new conversation keeps the customer, queue and tags.</source>
        <translation>Vælg den første besked i den nye henvendelse: den og alle senere beskeder flyttes dertil. Den nye henvendelse beholder kunde, kø og tags.</translation>
    </message>
    <message>
        <source>New subject:</source>
        <translation>Nyt emne:</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Del</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>På hold</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>At this desk: %1</source>
        <translation>Ved arbejdspladsen: %1</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 aktive</translation>
    </message>
    <message>
        <source>%1 breached</source>
        <translation>%1 overskredet</translation>
    </message>
    <message>
        <source>%1 due soon</source>
        <translation>%1 forfalder snart</translation>
    </message>
    <message>
        <source>Everything is saved on this computer first; the server gets it when it can.</source>
        <translation>Alt gemmes først på denne computer; serveren får det, når den kan.</translation>
    </message>
</context>
<context>
    <name>SubjectDelegate</name>
    <message>
        <source>(no subject)</source>
        <translation>(intet emne)</translation>
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
        <translation>Kundeindsats (CES)</translation>
    </message>
    <message>
        <source>{kind} {score} on the scale {low}-{high} ({best} is the best answer), for conversation #{number}.</source>
        <translation>{kind} {score} på skalaen {low}-{high} ({best} er det bedste svar), for henvendelse #{number}.</translation>
    </message>
    <message>
        <source>{kind} {score} on the scale {low}-{high} ({best} is the best answer), for this conversation.</source>
        <translation>{kind} {score} på skalaen {low}-{high} ({best} er det bedste svar), for denne henvendelse.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>CSAT — satisfaction</source>
        <translation>CSAT — tilfredshed</translation>
    </message>
    <message>
        <source>NPS — would recommend</source>
        <translation>NPS — vil anbefale</translation>
    </message>
    <message>
        <source>CES — effort</source>
        <translation>CES — indsats</translation>
    </message>
    <message>
        <source>1–5, 5 = very satisfied</source>
        <translation>1–5, 5 = meget tilfreds</translation>
    </message>
    <message>
        <source>How satisfied were you with the help you got? (1: very dissatisfied, 5: very satisfied)</source>
        <translation>Hvor tilfreds var du med den hjælp, du fik? (1: meget utilfreds, 5: meget tilfreds)</translation>
    </message>
    <message>
        <source>1–10, 10 = very satisfied</source>
        <translation>1–10, 10 = meget tilfreds</translation>
    </message>
    <message>
        <source>How satisfied were you with the help you got? (1: very dissatisfied, 10: very satisfied)</source>
        <translation>Hvor tilfreds var du med den hjælp, du fik? (1: meget utilfreds, 10: meget tilfreds)</translation>
    </message>
    <message>
        <source>0–100, 100 = very satisfied</source>
        <translation>0–100, 100 = meget tilfreds</translation>
    </message>
    <message>
        <source>How satisfied were you with the help you got? (0: very dissatisfied, 100: very satisfied)</source>
        <translation>Hvor tilfreds var du med den hjælp, du fik? (0: meget utilfreds, 100: meget tilfreds)</translation>
    </message>
    <message>
        <source>0–10, 10 = extremely likely</source>
        <translation>0–10, 10 = meget sandsynligt</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend? (0: not at all likely, 10: extremely likely)</source>
        <translation>Hvor sandsynligt er det, at du vil anbefale os til en ven? (0: slet ikke sandsynligt, 10: meget sandsynligt)</translation>
    </message>
    <message>
        <source>1–7, 7 = very easy</source>
        <translation>1–7, 7 = meget nemt</translation>
    </message>
    <message>
        <source>“The company made it easy for me to handle my issue.” (1: strongly disagree, 7: strongly agree)</source>
        <translation>„Virksomheden gjorde det nemt for mig at få løst min sag.“ (1: meget uenig, 7: meget enig)</translation>
    </message>
    <message>
        <source>1–7, 1 = very easy</source>
        <translation>1–7, 1 = meget nemt</translation>
    </message>
    <message>
        <source>How easy was it to get your problem solved? (1: very easy, 7: very difficult)</source>
        <translation>Hvor nemt var det at få løst dit problem? (1: meget nemt, 7: meget svært)</translation>
    </message>
    <message>
        <source>1–5, 1 = very easy</source>
        <translation>1–5, 1 = meget nemt</translation>
    </message>
    <message>
        <source>How much effort did you personally have to put forth to handle your request? (1: very low effort, 5: very high effort)</source>
        <translation>Hvor stor en indsats skulle du selv gøre for at få løst din henvendelse? (1: meget lille indsats, 5: meget stor indsats)</translation>
    </message>
    <message>
        <source>1–5, 5 = very easy</source>
        <translation>1–5, 5 = meget nemt</translation>
    </message>
    <message>
        <source>How easy was it to get your problem solved? (1: very difficult, 5: very easy)</source>
        <translation>Hvor nemt var det at få løst dit problem? (1: meget svært, 5: meget nemt)</translation>
    </message>
    <message>
        <source>Record a survey answer</source>
        <translation>Registrer et svar på en undersøgelse</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>Hvad kunden sagde (valgfrit)</translation>
    </message>
    <message>
        <source>&amp;Survey</source>
        <translation>&amp;Undersøgelse</translation>
    </message>
    <message>
        <source>Sca&amp;le</source>
        <translation>Ska&amp;la</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>Record this answer?</source>
        <translation>Vil du registrere dette svar?</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Næste</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrer</translation>
    </message>
</context>
<context>
    <name>SurveyErrors</name>
    <message>
        <source>That team does not exist.</source>
        <translation>Det team findes ikke.</translation>
    </message>
    <message>
        <source>That survey policy no longer exists.</source>
        <translation>Den regel for undersøgelser findes ikke længere.</translation>
    </message>
    <message>
        <source>Only supervisors and admins change survey policies.</source>
        <translation>Kun supervisorer og administratorer ændrer regler for undersøgelser.</translation>
    </message>
    <message>
        <source>Give the survey policy a name.</source>
        <translation>Giv reglen et navn.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Navnet er for langt (højst 200 tegn).</translation>
    </message>
    <message>
        <source>Choose CSAT, NPS, CES or no survey.</source>
        <translation>Vælg CSAT, NPS, CES eller ingen undersøgelse.</translation>
    </message>
    <message>
        <source>Choose a channel.</source>
        <translation>Vælg en kanal.</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>Vælg et abonnement.</translation>
    </message>
    <message>
        <source>The delay must be from 0 minutes to 30 days.</source>
        <translation>Ventetiden skal være fra 0 minutter til 30 dage.</translation>
    </message>
    <message>
        <source>The period must be from 0 to {days} days.</source>
        <translation>Perioden skal være fra 0 til {days} dage.</translation>
    </message>
    <message>
        <source>A subject is too long (at most {n} characters).</source>
        <translation>Et emne er for langt (højst {n} tegn).</translation>
    </message>
    <message>
        <source>A text is too long (at most {n} characters).</source>
        <translation>En tekst er for lang (højst {n} tegn).</translation>
    </message>
    <message>
        <source>Each text must contain {question}, where the question goes.</source>
        <translation>Hver tekst skal indeholde {question}, hvor spørgsmålet står.</translation>
    </message>
</context>
<context>
    <name>SurveyPart</name>
    <message>
        <source>Survey policies are set by supervisors and admins.</source>
        <translation>Regler for undersøgelser fastlægges af supervisorer og administratorer.</translation>
    </message>
    <message>
        <source>Survey &amp;policies…</source>
        <translation>Regler for &amp;undersøgelser…</translation>
    </message>
    <message>
        <source>Which solved conversations get a survey by email, and in which words</source>
        <translation>Hvilke løste samtaler får en undersøgelse pr. e-mail, og med hvilken tekst</translation>
    </message>
</context>
<context>
    <name>SurveyPolicyDialog</name>
    <message>
        <source>Survey policies</source>
        <translation>Regler for undersøgelser</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;let</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT, 1–5)</source>
        <translation>Tilfredshed (CSAT, 1–5)</translation>
    </message>
    <message>
        <source>Recommendation (NPS, 0–10)</source>
        <translation>Anbefaling (NPS, 0–10)</translation>
    </message>
    <message>
        <source>Effort (CES, 1–7)</source>
        <translation>Indsats (CES, 1–7)</translation>
    </message>
    <message>
        <source>No survey</source>
        <translation>Ingen undersøgelse</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Sociale medier</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Personligt fremmøde</translation>
    </message>
    <message>
        <source>Any plan</source>
        <translation>Alle abonnementer</translation>
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
        <translation>Alle teams</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Survey:</source>
        <translation>Undersøgelse:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Customer&apos;s plan:</source>
        <translation>Kundens abonnement:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Send after solving:</source>
        <translation>Send efter løsning:</translation>
    </message>
    <message>
        <source>At most once per customer in:</source>
        <translation>Højst én gang pr. kunde på:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tysk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Emne:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Leave a text empty to use the built-in one. {name}, {number} and {subject} are filled in; {question} is where the question goes, and the score links follow the text.</source>
        <translation>Lad en tekst stå tom for at bruge den indbyggede. {name}, {number} og {subject} udfyldes; {question} er hvor spørgsmålet står, og karakterlinkene følger efter teksten.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
</context>
<context>
    <name>SyncDesk</name>
    <message>
        <source>Enter the server password in File → Server connection to sync.</source>
        <translation>Indtast serveradgangskoden under Filer → Serverforbindelse for at synkronisere.</translation>
    </message>
    <message>
        <source>no local changes are waiting</source>
        <translation>ingen lokale ændringer venter</translation>
    </message>
    <message>
        <source>1 change is kept and will be sent when it is back</source>
        <translation>1 ændring er gemt og sendes, når den er tilbage</translation>
    </message>
    <message>
        <source>%1 changes are kept and will be sent when it is back</source>
        <translation>%1 ændringer er gemt og sendes, når den er tilbage</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Kun lokalt</translation>
    </message>
    <message>
        <source> · %1 changes waiting</source>
        <translation> · %1 ændringer venter</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Arbejder offline</translation>
    </message>
    <message>
        <source>Receiving the team&apos;s workspace: %1 of about %2 rows…</source>
        <translation>Modtager teamets arbejdsområde: %1 af ca. %2 rækker…</translation>
    </message>
    <message>
        <source>Receiving the team&apos;s workspace: %1 rows…</source>
        <translation>Modtager teamets arbejdsområde: %1 rækker…</translation>
    </message>
    <message>
        <source>Server unreachable — %1.</source>
        <translation>Serveren kan ikke nås — %1.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Forbinder til serveren…</translation>
    </message>
    <message>
        <source> · this computer&apos;s clock is wrong</source>
        <translation> · denne computers ur går forkert</translation>
    </message>
    <message>
        <source>Online · synced %1</source>
        <translation>Online · synkroniseret %1</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>No password: give it with --password-stdin.</source>
        <translation>Ingen adgangskode: angiv den med --password-stdin.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Adgangskoden er tom.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} findes ikke.</translation>
    </message>
    <message>
        <source>No server is set up for this database: give --url and --user once.</source>
        <translation>Der er ingen server opsat til denne database: angiv --url og --user én gang.</translation>
    </message>
    <message>
        <source>Cannot work on the server {redacted}: {first}</source>
        <translation>Kan ikke arbejde på serveren {redacted}: {first}</translation>
    </message>
    <message>
        <source>Unknown server action {server_command!r}.</source>
        <translation>Ukendt serverhandling {server_command!r}.</translation>
    </message>
    <message>
        <source>{url!r} is not a server address (expected postgresql://host/database).</source>
        <translation>{url!r} er ikke en serveradresse (forventede postgresql://host/database).</translation>
    </message>
    <message>
        <source>{url!r} is not a PostgreSQL address (expected postgresql://host/database).</source>
        <translation>{url!r} er ikke en PostgreSQL-adresse (forventede postgresql://host/database).</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the password; give it each time.</source>
        <translation>Der er ingen nøglering i systemet til at gemme adgangskoden; angiv den hver gang.</translation>
    </message>
    <message>
        <source>The keyring refused to keep the password ({name__}).</source>
        <translation>Nøgleringen ville ikke gemme adgangskoden ({name__}).</translation>
    </message>
    <message>
        <source>The server is not set up for AgentDesk yet; run &apos;agentdesk server init&apos; on it.</source>
        <translation>Serveren er endnu ikke opsat til AgentDesk; kør &apos;agentdesk server init&apos; på den.</translation>
    </message>
    <message>
        <source>The role must be one of {join} (got {role!r}).</source>
        <translation>Rollen skal være en af {join} (fik {role!r}).</translation>
    </message>
    <message>
        <source>The new login needs a password.</source>
        <translation>Det nye login skal have en adgangskode.</translation>
    </message>
    <message>
        <source>Tiers are 1, 2 or 3.</source>
        <translation>Niveauer er 1, 2 eller 3.</translation>
    </message>
    <message>
        <source>The server {host} presented no certificate, though this computer accepted one before (SHA-256 {pinned}). Someone may be in between: do not connect until the shop&apos;s admin has looked at the server.</source>
        <translation>Serveren {host} viste intet certifikat, selvom denne computer tidligere har godkendt et (SHA-256 {pinned}). Nogen kan sidde imellem: Forbind ikke, før butikkens administrator har set på serveren.</translation>
    </message>
    <message>
        <source>The certificate of {host} has changed: it is now {owner}&apos;s, issued by {issuer} (SHA-256 {fingerprint}), not the one this computer accepted (SHA-256 {pinned}). Someone may be in between: do not connect until the shop&apos;s admin confirms the new fingerprint, then accept it in the server connection.</source>
        <translation>Certifikatet for {host} er ændret: Det tilhører nu {owner}, udstedt af {issuer} (SHA-256 {fingerprint}), og er ikke det, denne computer godkendte (SHA-256 {pinned}). Nogen kan sidde imellem: Forbind ikke, før butikkens administrator bekræfter det nye fingeraftryk, og godkend det så i serverforbindelsen.</translation>
    </message>
    <message>
        <source>The server {host} does not offer an encrypted connection; ask its admin to turn on TLS (only on the office&apos;s own network may you choose &apos;trusted network&apos; instead).</source>
        <translation>Serveren {host} tilbyder ikke en krypteret forbindelse; bed administratoren om at slå TLS til (kun på kontorets eget netværk må du i stedet vælge »betroet netværk«).</translation>
    </message>
    <message>
        <source>The certificate authority file {path} cannot be read.</source>
        <translation>Filen med certifikatudstederen {path} kan ikke læses.</translation>
    </message>
    <message>
        <source>The certificate of {host} belongs to {owner} (SHA-256 {fingerprint}), not to this address: someone may be in between. Do not connect until the admin confirms the address and fingerprint.</source>
        <translation>Certifikatet for {host} tilhører {owner} (SHA-256 {fingerprint}), ikke denne adresse: Nogen kan sidde imellem. Forbind ikke, før administratoren har bekræftet adressen og fingeraftrykket.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} failed: {reason}</source>
        <translation>Den krypterede forbindelse til {host} mislykkedes: {reason}</translation>
    </message>
    <message>
        <source>The server {host} presented a certificate of {owner} (issued by {issuer}, SHA-256 {fingerprint}) that this computer does not trust. If the shop&apos;s admin gave you a CA file, choose it in the server connection; otherwise do not connect.</source>
        <translation>Serveren {host} viste et certifikat for {owner} (udstedt af {issuer}, SHA-256 {fingerprint}), som denne computer ikke stoler på. Hvis butikkens administrator har givet dig en CA-fil, så vælg den i serverforbindelsen; ellers skal du ikke forbinde.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>An internal error stopped this; see the log.</source>
        <translation>En intern fejl stoppede dette; se loggen.</translation>
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
        <translation>Nyt team</translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation>&amp;Tilføj team</translation>
    </message>
    <message>
        <source>&amp;Save team</source>
        <translation>&amp;Gem team</translation>
    </message>
    <message>
        <source>Tick the team for agents on the Agents tab once it is added.</source>
        <translation>Markér teamet for medarbejdere under fanen Medarbejdere, når det er tilføjet.</translation>
    </message>
    <message>
        <source>Nobody works in this team yet.</source>
        <translation>Ingen arbejder i dette team endnu.</translation>
    </message>
    <message>
        <source>(home)</source>
        <translation>(hjemme)</translation>
    </message>
    <message>
        <source>1 open conversation is routed to it.</source>
        <translation>1 åben henvendelse er sendt til det.</translation>
    </message>
    <message>
        <source>%n open conversations are routed to it.</source>
        <translation>%n åbne henvendelser er sendt til det.</translation>
    </message>
    <message>
        <source>the new team</source>
        <translation>det nye team</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Vil du gemme ændringerne af %1?</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Slet team</translation>
    </message>
    <message>
        <source>Delete the team %1?</source>
        <translation>Vil du slette teamet %1?</translation>
    </message>
    <message>
        <source>Solved conversations keep showing it. Adding a team of the same name later brings it back.</source>
        <translation>Løste henvendelser viser det fortsat. Tilføjer du senere et team med samme navn, kommer det tilbage.</translation>
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
        <translation>1. niveau</translation>
    </message>
    <message>
        <source>2nd level</source>
        <translation>2. niveau</translation>
    </message>
    <message>
        <source>3rd level</source>
        <translation>3. niveau</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Shortened for display: the first %1 of %2 characters.</source>
        <translation>Forkortet til visning: de første %1 af %2 tegn.</translation>
    </message>
    <message>
        <source>1 remote image blocked</source>
        <translation>1 eksternt billede blokeret</translation>
    </message>
    <message>
        <source>%1 remote images blocked</source>
        <translation>%1 eksterne billeder blokeret</translation>
    </message>
    <message>
        <source>Show images</source>
        <translation>Vis billeder</translation>
    </message>
    <message>
        <source>1 image could not be loaded</source>
        <translation>1 billede kunne ikke indlæses</translation>
    </message>
    <message>
        <source>%1 images could not be loaded</source>
        <translation>%1 billeder kunne ikke indlæses</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Save all</source>
        <translation>Gem alle</translation>
    </message>
    <message>
        <source>Automatic message (an auto-reply or a bounce; it awaits no answer)</source>
        <translation>Automatisk besked (autosvar eller returmail; afventer intet svar)</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Opened with an email to the customer</source>
        <translation>Åbnet med en e-mail til kunden</translation>
    </message>
    <message>
        <source>Logged by hand (%1)</source>
        <translation>Registreret manuelt (%1)</translation>
    </message>
    <message>
        <source>Conversation started (%1)</source>
        <translation>Henvendelse startet (%1)</translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <source>Priority %1 → %2</source>
        <translation>Prioritet %1 → %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Tildeling fjernet</translation>
    </message>
    <message>
        <source>Reassigned from %1 to %2</source>
        <translation>Omfordelt fra %1 til %2</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>en medarbejder</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Tildelt til %1</translation>
    </message>
    <message>
        <source>Returned %1 → %2</source>
        <translation>Sendt tilbage %1 → %2</translation>
    </message>
    <message>
        <source>Escalated %1 → %2</source>
        <translation>Eskaleret %1 → %2</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>intet team</translation>
    </message>
    <message>
        <source>Transferred from %1 to %2</source>
        <translation>Overført fra %1 til %2</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>Tag tilføjet: %1</translation>
    </message>
    <message>
        <source>Untagged %1</source>
        <translation>Tag fjernet: %1</translation>
    </message>
    <message>
        <source>Tags changed</source>
        <translation>Tags ændret</translation>
    </message>
    <message>
        <source>Merged #%1 into #%2</source>
        <translation>#%1 flettet ind i #%2</translation>
    </message>
    <message>
        <source>Merge of #%1 into #%2 undone</source>
        <translation>Fletning af #%1 ind i #%2 fortrudt</translation>
    </message>
    <message>
        <source>Split from #%1 into #%2</source>
        <translation>Delt fra #%1 til #%2</translation>
    </message>
    <message>
        <source>Linked to #%1</source>
        <translation>Linket til #%1</translation>
    </message>
    <message>
        <source>Unlinked from #%1</source>
        <translation>Link til #%1 fjernet</translation>
    </message>
    <message>
        <source>SLA warning: %1 due soon</source>
        <translation>SLA-advarsel: %1 forfalder snart</translation>
    </message>
    <message>
        <source>SLA breached: %1</source>
        <translation>SLA overskredet: %1</translation>
    </message>
    <message>
        <source>Follow-up set for %1</source>
        <translation>Opfølgning sat til %1</translation>
    </message>
    <message>
        <source>Follow-up cleared</source>
        <translation>Opfølgning fjernet</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Udsat til %1</translation>
    </message>
    <message>
        <source>Back from snooze: the customer wrote</source>
        <translation>Tilbage fra udsættelse: kunden har skrevet</translation>
    </message>
    <message>
        <source>Back from snooze at its time</source>
        <translation>Tilbage fra udsættelse på det aftalte tidspunkt</translation>
    </message>
    <message>
        <source>Unsnoozed</source>
        <translation>Hentet tilbage</translation>
    </message>
    <message>
        <source>SLA policy set to %1</source>
        <translation>SLA-politik sat til %1</translation>
    </message>
    <message>
        <source>a deleted policy</source>
        <translation>en slettet politik</translation>
    </message>
    <message>
        <source>SLA policy chosen by the policies&apos; conditions again</source>
        <translation>SLA-politik igen valgt efter politikkernes betingelser</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>%1 automatically</source>
        <translation>%1 automatisk</translation>
    </message>
    <message>
        <source>%1 · rule “%2”</source>
        <translation>%1 · regel „%2“</translation>
    </message>
    <message>
        <source>%1 · macro “%2”</source>
        <translation>%1 · makro „%2“</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>første svar</translation>
    </message>
    <message>
        <source>next response</source>
        <translation>næste svar</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>løsning</translation>
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
        <translation>Medarbejderen ved denne arbejdsplads; klik for at skifte</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Queues, load and key figures (%1)</source>
        <translation>Køer, belastning og nøgletal (%1)</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>My open</source>
        <translation>Mine åbne</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation>Niveau 1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Niveau 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Niveau 3</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Forfalder snart</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Afventer kunde</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Udsat</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <source>Most urgent first: earliest SLA due time, then longest-waiting customer.</source>
        <translation>Mest presserende først: tidligste SLA-frist, derefter den kunde, der har ventet længst.</translation>
    </message>
    <message>
        <source>Active conversations assigned to you (new, open, pending, on hold).</source>
        <translation>Aktive henvendelser tildelt dig (ny, åben, afventer kunde, på hold).</translation>
    </message>
    <message>
        <source>Active conversations nobody is assigned to.</source>
        <translation>Aktive henvendelser, der ikke er tildelt nogen.</translation>
    </message>
    <message>
        <source>Active conversations at the first tier (L1).</source>
        <translation>Aktive henvendelser på første niveau (L1).</translation>
    </message>
    <message>
        <source>Active conversations escalated to the second tier (L2).</source>
        <translation>Aktive henvendelser eskaleret til andet niveau (L2).</translation>
    </message>
    <message>
        <source>Active conversations escalated to the third tier (L3).</source>
        <translation>Aktive henvendelser eskaleret til tredje niveau (L3).</translation>
    </message>
    <message>
        <source>Active conversations whose next SLA target is due within the next hour, not yet overdue.</source>
        <translation>Aktive henvendelser, hvis næste SLA-mål forfalder inden for den næste time, men endnu ikke er overskredet.</translation>
    </message>
    <message>
        <source>Active conversations with an SLA target past its due time.</source>
        <translation>Aktive henvendelser med et SLA-mål, hvis frist er overskredet.</translation>
    </message>
    <message>
        <source>Pending conversations: waiting on the customer&apos;s answer.</source>
        <translation>Henvendelser, der afventer kundens svar.</translation>
    </message>
    <message>
        <source>Conversations with a follow-up date, the ones that are due first (any status).</source>
        <translation>Henvendelser med en opfølgningsdato, de først forfaldne først (alle statusser).</translation>
    </message>
    <message>
        <source>Snoozed conversations: back at their time, or at once when the customer writes.</source>
        <translation>Udsatte henvendelser: tilbage på deres tidspunkt, eller med det samme, når kunden skriver.</translation>
    </message>
    <message>
        <source>Solved and closed conversations, most recent activity first.</source>
        <translation>Løste og lukkede henvendelser, seneste aktivitet først.</translation>
    </message>
    <message>
        <source>Every conversation, whatever its status.</source>
        <translation>Alle henvendelser uanset status.</translation>
    </message>
</context>
<context>
    <name>ViewEditor</name>
    <message>
        <source>Edit view</source>
        <translation>Rediger visning</translation>
    </message>
    <message>
        <source>New view</source>
        <translation>Ny visning</translation>
    </message>
    <message>
        <source>e.g. Billing, unassigned, German</source>
        <translation>f.eks. Fakturering, ikke tildelt, tysk</translation>
    </message>
    <message>
        <source>e.g. team:billing assignee:none lang:de</source>
        <translation>f.eks. team:billing assignee:none lang:de</translation>
    </message>
    <message>
        <source>Fields: status, tier, team, assignee (me, none), channel, lang, priority, tag, sla (due_soon, breached, paused), mood, created, updated (&gt; &lt; a date). Commas: any of them; -field: leave out.</source>
        <translation>Felter: status, tier, team, assignee (me, none), channel, lang, priority, tag, sla (due_soon, breached, paused), mood, created, updated (&gt; &lt; en dato). Kommaer: en af dem; -felt: udelad.</translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation>Mest presserende først</translation>
    </message>
    <message>
        <source>Latest activity first</source>
        <translation>Seneste aktivitet først</translation>
    </message>
    <message>
        <source>Priority, urgent first</source>
        <translation>Prioritet, haster først</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundens navn</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Kun mig</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Alle medarbejdere</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
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
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Seneste aktivitet</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stemning</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Filters:</source>
        <translation>&amp;Filtre:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Rækkefølge:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolonner:</translation>
    </message>
    <message>
        <source>&amp;Shared with:</source>
        <translation>&amp;Delt med:</translation>
    </message>
    <message>
        <source>A view lists by fields; words (%1) are for searching and are not kept.</source>
        <translation>En visning filtrerer efter felter; ord (%1) er til søgning og gemmes ikke.</translation>
    </message>
</context>
<context>
    <name>ViewErrors</name>
    <message>
        <source>A view needs a name.</source>
        <translation>En visning skal have et navn.</translation>
    </message>
    <message>
        <source>A view&apos;s name can be at most {limit} characters.</source>
        <translation>En visnings navn må højst være {limit} tegn.</translation>
    </message>
    <message>
        <source>This view was deleted.</source>
        <translation>Denne visning er slettet.</translation>
    </message>
    <message>
        <source>Choose who works at this desk to save views.</source>
        <translation>Vælg, hvem der arbejder ved denne arbejdsplads, for at gemme visninger.</translation>
    </message>
    <message>
        <source>You can share views with your own teams only; a supervisor can share with others.</source>
        <translation>Du kan kun dele visninger med dine egne teams; en teamleder kan dele med andre.</translation>
    </message>
    <message>
        <source>This is another agent&apos;s own view.</source>
        <translation>Det er en anden medarbejders egen visning.</translation>
    </message>
    <message>
        <source>There is already a view called “{name}”.</source>
        <translation>Der findes allerede en visning med navnet „{name}“.</translation>
    </message>
</context>
<context>
    <name>WebCommand</name>
    <message>
        <source>{path} syncs with a server: keep its password in the keyring first (&apos;agentdesk sync --save-password&apos;), so the web forms reach the team.</source>
        <translation>{path} synkroniserer med en server: Gem først adgangskoden i nøgleringen (&apos;agentdesk sync --save-password&apos;), så webformularerne når frem til teamet.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} findes ikke.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}</source>
        <translation>Kan ikke lytte på {host}:{port}: {reason}</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Change…</source>
        <translation>Ændr…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Flet…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <source>Linked:</source>
        <translation>Linket:</translation>
    </message>
    <message>
        <source>undo merge</source>
        <translation>fortryd fletning</translation>
    </message>
    <message>
        <source>Merged here:</source>
        <translation>Flettet herind:</translation>
    </message>
    <message>
        <source>An internal error stopped this; see the log.</source>
        <translation>En intern fejl stoppede dette; se loggen.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Flet…</translation>
    </message>
    <message>
        <source>Merge other conversations into this one, or the selected ones into one</source>
        <translation>Flet andre henvendelser ind i denne, eller de valgte ind i én</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Fortryd fletning</translation>
    </message>
    <message>
        <source>Take this merged conversation out again, with its messages</source>
        <translation>Tag denne flettede henvendelse ud igen med dens beskeder</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>&amp;Del…</translation>
    </message>
    <message>
        <source>Move a message and what follows into a new conversation</source>
        <translation>Flyt en besked og det, der følger, til en ny henvendelse</translation>
    </message>
    <message>
        <source>&amp;Linked conversations…</source>
        <translation>&amp;Linkede henvendelser…</translation>
    </message>
    <message>
        <source>Link related conversations; each is shown in the other</source>
        <translation>Link relaterede henvendelser; hver vises i den anden</translation>
    </message>
    <message>
        <source>&amp;Change selected conversations…</source>
        <translation>Ændr &amp;valgte henvendelser…</translation>
    </message>
    <message>
        <source>Select &amp;all conversations</source>
        <translation>Vælg &amp;alle henvendelser</translation>
    </message>
    <message>
        <source>Add the &amp;next conversation to the selection</source>
        <translation>Føj &amp;næste henvendelse til valget</translation>
    </message>
    <message>
        <source>Add the p&amp;revious conversation to the selection</source>
        <translation>Føj &amp;forrige henvendelse til valget</translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation>Fletning fortrudt.</translation>
    </message>
    <message>
        <source>The first %1 conversations of this view are selected: a change of a selection takes at most that many at a time.</source>
        <translation>De første %1 henvendelser i denne visning er valgt: En ændring af et udvalg omfatter højst så mange ad gangen.</translation>
    </message>
    <message>
        <source>A bulk change is still running; try again when it is done.</source>
        <translation>En masseændring kører stadig; prøv igen, når den er færdig.</translation>
    </message>
    <message>
        <source>Bulk change</source>
        <translation>Masseændring</translation>
    </message>
</context>
</TS>
