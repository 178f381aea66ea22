<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Age</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <source>Home team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also works in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams yet: add them on the Teams tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No home team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; ask another supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can deactivate or reactivate an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent keeps their history but can no longer take conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the form and press Add agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody works here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated: keeps their history, takes no conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n open conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now works at this desk; Settings changes who does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still holds 1 open conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still holds %n open conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated agents keep their history but take no more conversations. Put their open conversations back in the queue so that colleagues pick them up, or keep them assigned and reassign them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate and return to queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate, keep assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They keep their history and can be reactivated at any time; they take no conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 conversation went back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n conversations went back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsTeamsDialog</name>
    <message>
        <source>Agents and teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations assigned to the agent that are not solved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations routed to the team that are not solved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can change an admin&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents work conversations in their tiers. Supervisors may also work every tier, review queues and manage agents, teams and tier names. Admins may in addition give or take the admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tier names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsTeamsForm</name>
    <message>
        <source>&amp;Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, email, role or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the agents whose name, email, role, tiers or teams contain what you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list agents who were deactivated. They keep their history and can be reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form below to add an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an agent to edit them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s work address; two agents cannot share one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents work conversations in their tiers. Supervisors may also work every tier, review queues and manage agents, teams and tier names. Admins may in addition give or take the admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the agent answers in; conversations in it are routed to them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers worked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams &amp;worked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every team the agent works in; their conversations reach the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team the agent belongs to in reports and assign menus; one of the teams ticked above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent keeps their history but can no longer sign in at a desk or take conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the agent work again, with the tiers and teams they had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes made in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams (departments such as billing, shipping or technical) get conversations routed to them; agents work in one or more of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New t&amp;eam…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form on the right to add a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a team to rename it, describe it or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team takes care of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team nobody works in and no open conversation is routed to can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ier names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations move up through three tiers: the first answers the common questions, the second has more depth or authority, the third is specialists and engineering. Name them the way your team speaks of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier &amp;1 (L1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First level: answers the common questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier &amp;2 (L2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second level: more depth or authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier &amp;3 (L3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third level: specialists and engineering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names appear in the escalation dialog, the conversation header, the SLA editor and here; the inbox list keeps the short labels L1, L2 and L3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back 1st level, 2nd level and 3rd level (saved when you save).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save tier names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedReplies</name>
    <message>
        <source>“%1” has no %2 text yet: the %3 one was inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the highlighted %1 before sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedRepliesDialog</name>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1. A fallback for a missing value: {{customer.first_name | &quot;there&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sample conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text yet in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a placeholder and would be sent as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text in %1 yet: those customers get the text in the agent&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reply: Save adds it to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: adapt it and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the canned reply “%1” for everyone who sees it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 text yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 replies to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned replies (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply cannot be saved as it is. Close and lose the changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedRepliesForm</name>
    <message>
        <source>Filter by shortcut, title or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed after / in the composer, e.g. sorry-late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note: only agents see it (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and set waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply and wait for the customer (status Pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply and set the conversation to Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the usual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More room to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agents see internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note… (%1 adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your reply… (%1 sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). Esc in the text box goes back to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerController</name>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert canned &amp;reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type / in the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage canned replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation was merged into #%1; write there instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is closed: replies are refused; internal notes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply still holds %1, which has no value here. Fill it in, or send again to send it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity since you started writing: 1 new message, highlighted below. Review it, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New activity since you started writing: %n new messages, highlighted below. Review them, then send again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New activity since you started writing, highlighted below. Review it, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no escalation notices among the canned replies yet (shortcut /%1…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Both changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by someone else first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on two desktops at once, where one had to give way. The value that lost is kept here: open the conversation to put it right, then dismiss the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss (handled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: every change was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>CSAT %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>No conversation selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the customer know a specialist is taking over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationTools</name>
    <message>
        <source>Record survey &amp;answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSAT, NPS or CES answer the customer gave, e.g. on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;coaching note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors: an internal note marked as coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, what to try next time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>AgentDesk ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that AgentDesk did not expect. Everything you saved is safe; the action you were doing may not have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other conversations with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other conversations (newest %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other conversations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 other conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation list and the open conversation (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key figures of the period shown, overall and per team, tier and channel, as PDF or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest waiting customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance per target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT by team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the key figures for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1 · from this computer&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated, last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 conversations created in the last 7 days went to a higher tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on two desktops at once where one had to give way; click to review them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 – %3 (computed in %4 s). Hover a figure for how it is computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationErrors</name>
    <message>
        <source>Choose who works at this desk before escalating (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent at this desk is not an active agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not work tier {tier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That team does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason must be one of {join} (got {reason!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation #{number} is {status}; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation #{number} is at tier {tier}; escalate to a higher tier (up to 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation #{number} is at tier {tier}; return it to a lower tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation #{number} is already with {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conversation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeErrors</name>
    <message>
        <source>Cannot write {out}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is a folder, not an exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {source}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a moment in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>The form %1 is missing (%2); reinstalling may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form %1 could not be loaded (%2); reinstalling may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has no %1 named %2; reinstalling may help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOver</name>
    <message>
        <source>&amp;Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn to a lower tier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to another tea&amp;m…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is already with %1, the highest tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is already with the first tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is %1; reopen it before handing it over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is with %2. The note goes to the timeline as an internal note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 to a lower tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is with %2. Say what was found and what to tell the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, what was done, what to tell the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 to another team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is with %2, team %3. It goes to the new team&apos;s queue in the same tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (internal, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this team, and anything they should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no teams yet; an admin adds them under File → Agents and teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier queue (whoever takes it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody works this tier yet; it waits in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 agent works this tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents work this tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a hand-off note: what the customer wants and what was tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverForm</name>
    <message>
        <source>To &amp;tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off &amp;note (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer wants, what was tried, what is left to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxErrors</name>
    <message>
        <source>An agent works at least one tier; tick one or more of the tiers 1, 2 and 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent works one or more of the tiers 1, 2 and 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a name for each of the three tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier} needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of tier {tier} is too long (at most {MAX_TIER_NAME} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tier needs a name of its own; two tiers have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That team does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team called {name!r} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agent does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent needs an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email!r} is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent with the address {email} already exists ({holder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role must be one of {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language must be one of {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can give the admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can give or take the admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; ask another supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can deactivate an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can reactivate an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taken} now uses the address {email}; change one of them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is a reply or a note (got {mode!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conversation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type something to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search is too long (at most {MAX_QUERY} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR needs a word before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search has too many words (at most {MAX_TERMS}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR needs a word after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to look for, not only what to leave out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search holds no words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be one of {join} (got {value!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is too long ({len:,} characters; at most {MAX_BODY:,}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time without a time zone was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conversation does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation #{number} was merged into another conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is deactivated and cannot take conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is too long (at most {MAX_SUBJECT} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That customer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation #{number} must be solved before it can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation cannot be set back to new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be added and removed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up time needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only conversations of the same customer can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation #{number} was already merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agent does not exist or is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer waiting since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort most urgent first: the earliest due time first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by last activity, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by priority, urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by customer name, A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each open SLA target (FR first response, NR next response, RES resolution) with the time to its due time, most urgent first: red when overdue, amber when due within the hour, grey while paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the customer has waited for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer mood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Fit columns to the width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListHeader</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” · the first %2 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” · 1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” · %2 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>only %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailAccountsDialog</name>
    <message>
        <source>TLS (implicit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (only to this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring here: kept until AgentDesk closes, asked again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mailbox&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mailbox: Save connects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the password is in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the password is kept until AgentDesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed; replies already sent keep their history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailAccountsForm</name>
    <message>
        <source>&amp;Add mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support@yourshop.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Shop Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch and send with this mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imap.yourshop.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INBOX (several: comma between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP s&amp;erver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.yourshop.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually the same as for IMAP (empty: no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments &amp;up to (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailDesk</name>
    <message>
        <source>Mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailErrors</name>
    <message>
        <source>{address!r} is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} server {host!r} is not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} port must be between 1 and 65535 (got {port}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} security must be one of {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMAP user name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one folder to watch (usually INBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name is too long or contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment size limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url!r} is not a valid {upper} address: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the password in the address; it goes to the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url!r} names no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused to keep the password ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring could not be read ({reason}); is it locked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mail account for {address} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That mail account does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMAP server at {where} answered with an error: {clip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be found; check the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} refused the connection: the server is down or the port is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the recipient {refused}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the sender address {sender}: {smtp_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} does not support this: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} closed the connection unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server answered {smtp_code}: {smtp_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending failed: {clip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} cannot be reached: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server could not be used ({name__}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist on {imap_host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server would not list the mail in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is not an email conversation; it cannot be answered by mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail account is set up to send this reply; add one in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no email address to send the reply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That message does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reply is not waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reply was sent already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reply is being sent right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail account of this reply was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results – AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Press Esc to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who works at this desk in Settings to see your conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in %1 right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only some channels are shown: Alt+0 shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More conversations could not be read: %1 Press %2 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The views could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conversation does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your server password to sync (this computer keeps no password for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard is for supervisors and admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching notes are for supervisors and admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: only supervisors and admins can change agents, teams and tier names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and admins can change SLA policies and calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not connected to a team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline: turn Work offline off to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a phone call, letter, walk-in or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA &amp;policies and calendars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response-time targets and business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agents and teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents, their roles and tiers, teams and the tiers&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No search results are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues, load and key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues, load and key figures, from this computer&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageImages</name>
    <message>
        <source>Show remote &amp;images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the pictures the customer&apos;s messages link to (the sender can see that you did)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageStrip</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this message (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsErrors</name>
    <message>
        <source>A report period needs times with a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the period must be after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period reaches beyond the years 1 to 9999 in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension must be one of {join} (got {dimension!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report: the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report file must end in .csv or .pdf (got {name!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors can {doing}; {name} is an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most {MAX_BULK:,} conversations at a time (got {len:,}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier must be 1, 2 or 3 (got {tier!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason must be one of {join} (got {reason!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {status}; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agent does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey kind must be csat, nps or ces (got {kind!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {KIND_NAMES} answer must be on the {allowed} scale (got {low}-{high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {KIND_NAMES} score must be a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is too long (at most {MAX_COMMENT:,} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conversation does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation #{number} was merged into another one; record the answer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time without a time zone was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <source>Happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find the customer; ↓ moves to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer found; pick them, or choose New customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customers found; pick one, or choose New customer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches “%1”. Choose New customer to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the customer from the list, or choose New customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belongs to a customer: choose Existing customer and look it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the conversation a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the customer said.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewConversationForm</name>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customer got in touch. Phone calls, letters and walk-ins are recorded as logged by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name, email address or company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is about, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer sai&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their words, as close as you can: the timeline shows this as the customer&apos;s message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneLineLabel</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More of this conversation&apos;s properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier: escalate, return, transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to a higher tier (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: transfer to another team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this conversation: it becomes yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag, Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1 (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(business hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 business, %3 on the clock (%4 – %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag “%1”: press to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueReviewDialog</name>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;tier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to t&amp;eam…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coaching note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the conversations first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue (unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give them to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off note for the new tier (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the team (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, what to try next time (an internal note marked as coaching)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Needs technical expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs authority or permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer asked for a specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to a lower tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepliesErrors</name>
    <message>
        <source>{problem} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {entry} (“{title}”): {problem} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {entry}: {problem} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than {value} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {lineno}, column {colno}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a canned-reply file (its “format” must be “{FORMAT}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no “replies” list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id is also the id of entry {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shortcut /{shortcut} is also used by entry {shortcuts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an object with a title and texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {value} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a canned-reply file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no team called “{team}” here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A canned reply needs a title.</source>
        <extracomment>The fixed categories, in the order an agent goes through a conversation. Offered first when the customer reads as frustrated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long: at most {MAX_TITLE_CHARS} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcut /{shortcut} is already used by “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{category}” is not a category; choose one of: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{scope}” is not a scope; choose personal, team or everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal reply needs an agent profile; choose “everyone” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the team this reply is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can only share a reply with a team you work in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{language}” is not a language AgentDesk writes in; use {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A canned reply needs its text in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent working at this desk does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That canned reply does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conversation does not exist (any more).</source>
        <extracomment>Every placeholder a template may use, with a short description for the editor&apos;s help.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyPicker</name>
    <message>
        <source>Insert a canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by shortcut, title or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>♥ The customer sounds frustrated (%1): empathy and apology replies come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No canned reply matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 text: the %2 one will be inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · used %3 times by you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations, customers, messages…  %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>AgentDesk keeps working on this computer&apos;s copy; with a server it shares the team&apos;s queues and syncs in the background, also after working offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agentdesk.yourshop.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agentdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own server login, from the shop&apos;s admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;assword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source>Required (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, and the certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (only on a trusted network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available here: the password is kept until AgentDesk closes and asked for again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never kept in a file or a log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your server login (the shop&apos;s admin gives you one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agents yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied the next time AgentDesk starts; drafts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AgentDesk speaks the new language the next time it starts. Your drafts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>At this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works at this desk: replies, notes and changes are recorded as theirs, and &quot;My open&quot; lists their conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added below this agent&apos;s replies. Kept on this computer, for each agent separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best regards,
Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, dark, or whatever the desktop is set to. Applied at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of text throughout the window, in points. Applied at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single letters work where no text box has the keyboard. In the composer, type / and a few letters to insert a canned reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>VIEWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNELS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only %1 conversations (several channels can be on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every channel again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Size</name>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaAlerts</name>
    <message>
        <source>AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was due at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is due soon (warning since %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(moved to tier %1 automatically)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaChips</name>
    <message>
        <source>met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: met at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: met late, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1 of business time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of business time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA policy applies to this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation&apos;s SLA policy sets no targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chips count down to the due time on the clock; amber: due within the hour; red: overdue; grey: paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business time counts only while the calendar is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaDelegate</name>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaEditorDialog</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policies and calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the warning of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the breach of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 (business time; a day is 8 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around the clock (no calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holidays or closed dates ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar %1 is used by %2 policies; choose another calendar for them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a calendar: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaEditorForm</name>
    <message>
        <source>&amp;Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this policy earlier (first match wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this policy later (first match wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing checked in a list means any value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn when left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;utomatically:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic escalation trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic escalation on first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic escalation on next response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic escalation on resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move one tier up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most once per conversation and target. Tier 3 goes no higher: then supervisors are only notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;lendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours, e.g. 08:00-12:00, 13:00-17:00; leave empty when closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tuesday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ednesday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hursday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Friday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saturday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;unday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;lidays of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subdivision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday subdivision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-12-24, 2026-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next closed days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaErrors</name>
    <message>
        <source>{where}: {value!r} is not a time of day (write HH:MM, from 00:00 to 24:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week: must be an object like {&quot;mon&quot;: [[&quot;08:00&quot;, &quot;17:00&quot;]]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week.{key}: unknown weekday (use {join}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week.{key}: must be a list of intervals like [[&quot;08:00&quot;, &quot;17:00&quot;]].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: an interval is a pair of times like [&quot;08:00&quot;, &quot;12:00&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: an interval cannot start at &apos;24:00&apos; (start the next day at &apos;00:00&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {interval!r}–{interval2!r} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week: the calendar has no opening hours at all; open at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holidays: must be an object like {&quot;country&quot;: &quot;DE&quot;, &quot;subdivision&quot;: &quot;BY&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holidays.{key}: unknown key (use country and subdivision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: must be a list of dates like [&quot;2026-12-24&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed[{index}]: {item!r} is not a date (write YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timezone: missing; give an IANA time zone such as &quot;Europe/Berlin&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A business calendar must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: {phrase}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: unknown key (a calendar has {join}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar cannot be used: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar is not valid JSON: {shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar does not open within {HORIZON_YEARS} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time lies outside the years a calendar can count (2–9998).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy {name!r}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar {strip!r}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two {kind} are called {strip!r}; give each its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar {name!r} was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy {name!r}: its calendar does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy {name!r} was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name {name!r} belongs to a deleted {kind}; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another {kind} is already called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy to reorder does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match: must be an object like {&quot;channel&quot;: [&quot;email&quot;], &quot;priority&quot;: [&quot;urgent&quot;]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match.{key}: unknown key (use {join}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match.{key}: must be a list (empty for any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match.{key}: {item!r} is not one of {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto_escalation.on: {on!r} is not &apos;warning&apos; or &apos;breach&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto_escalation.targets: choose at least one target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto_escalation: must be null (off) or an object like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto_escalation.{unknown}: unknown key (use {join}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto_escalation.targets: must be a list of one or more of {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto_escalation.targets: {item!r} is not one of {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto_escalation.{key}: {value!r} is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {value!r} is not a whole number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {value} minutes is out of range ({low} to {MAX_TARGET_MINUTES:,}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning_share: {share!r} must be a share between 0 and 1, such as 0.25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto_escalation: not a valid automatic escalation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset policies use the calendar {spec!r}, which is not a preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{calendar_name!r} is not a preset calendar (presets: {join}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaFeed</name>
    <message>
        <source>The SLA countdowns could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaText</name>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not due within %1 years: the calendar has too few opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved on this computer first; the server gets it when it can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectDelegate</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>CSAT — satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied were you with the help you got? (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS — would recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend? (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES — effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How easy was it to get your problem solved? (1–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a survey answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDesk</name>
    <message>
        <source>Enter the server password in File → Server connection to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no local changes are waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change is kept and will be sent when it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes are kept and will be sent when it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving the team&apos;s workspace: %1 of about %2 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving the team&apos;s workspace: %1 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unreachable — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · this computer&apos;s clock is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online · synced %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>No password: give it with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is set up for this database: give --url and --user once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot work on the server {redacted}: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown server action {server_command!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url!r} is not a server address (expected postgresql://host/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url!r} is not a PostgreSQL address (expected postgresql://host/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available to keep the password; give it each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused to keep the password ({name__}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not set up for AgentDesk yet; run &apos;agentdesk server init&apos; on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be one of {join} (got {role!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new login needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers are 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>An internal error stopped this; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the team for agents on the Agents tab once it is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody works in this team yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open conversation is routed to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n open conversations are routed to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the team %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved conversations keep showing it. Adding a team of the same name later brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>L%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Shortened for display: the first %1 of %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 remote image blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 remote images blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 image could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic message (an auto-reply or a bounce; it awaits no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by hand (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged #%1 into #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA warning: %1 due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up set for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent working at this desk; click to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues, load and key figures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>My open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most urgent first: earliest SLA due time, then longest-waiting customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active conversations assigned to you (new, open, pending, on hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active conversations nobody is assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active conversations at the first tier (L1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active conversations escalated to the second tier (L2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active conversations escalated to the third tier (L3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active conversations whose next SLA target is due within the next hour, not yet overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active conversations with an SLA target past its due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending conversations: waiting on the customer&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations with a follow-up date, the ones that are due first (any status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved and closed conversations, most recent activity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every conversation, whatever its status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
