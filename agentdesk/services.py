# SPDX-License-Identifier: GPL-3.0-or-later
"""The services of one open workspace, built once in the composition root and handed to the
widgets through their constructors (no global registry)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from agentdesk.clock import Clock
from agentdesk.escalation.service import EscalationService
from agentdesk.inbox.bulk import BulkService
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.drafts import DraftService
from agentdesk.inbox.linking import LinkService
from agentdesk.inbox.merging import MergeService
from agentdesk.inbox.queries import InboxQueries
from agentdesk.inbox.search import SearchService
from agentdesk.inbox.service import InboxService
from agentdesk.inbox.splitting import SplitService
from agentdesk.inbox.workspace import WorkspaceSettings
from agentdesk.macros.assign import AvailabilityService
from agentdesk.macros.service import MacroService
from agentdesk.metrics.review import ReviewService
from agentdesk.metrics.surveys import SurveyService
from agentdesk.replies.library import CannedReplyService
from agentdesk.routing.engine import RoutingService
from agentdesk.store.database import Store


@dataclass
class Services:
    store: Store
    clock: Clock
    agent_id: uuid.UUID | None  # the agent working at this desk; actions are recorded as theirs
    inbox: InboxService
    escalation: EscalationService
    queries: InboxQueries
    search: SearchService
    drafts: DraftService
    directory: DirectoryService
    workspace: WorkspaceSettings
    replies: CannedReplyService
    review: ReviewService  # supervisors' bulk actions and coaching notes
    surveys: SurveyService
    macros: MacroService
    routing: RoutingService
    availability: AvailabilityService
    merging: MergeService  # merge and unmerge
    splitting: SplitService
    links: LinkService
    bulk: BulkService  # bulk actions on a selection, as the escalation service's agent

    def set_agent(self, agent_id: uuid.UUID) -> None:
        """Another agent now works at this desk: remember it in the workspace, and record what is
        done from now on as theirs. Raises ``NotFoundError`` for an unknown or deactivated agent."""
        self.workspace.set_current_agent(agent_id)
        self.agent_id = agent_id
        self.inbox.actor_id = agent_id
        self.escalation.actor_id = agent_id
        self.replies.actor_id = agent_id
        self.review.actor_id = agent_id
        self.macros.actor_id = agent_id
        self.routing.actor_id = agent_id
        self.merging.actor_id = agent_id
        self.splitting.actor_id = agent_id
        self.links.actor_id = agent_id


def build_services(store: Store, clock: Clock, agent_id: uuid.UUID | None = None) -> Services:
    workspace = WorkspaceSettings(store)
    if agent_id is None:
        agent_id = workspace.current_agent_id()
    escalation = EscalationService(store, clock, actor_id=agent_id)
    return Services(
        store=store,
        clock=clock,
        agent_id=agent_id,
        inbox=InboxService(store, clock, actor_id=agent_id),
        escalation=escalation,
        queries=InboxQueries(store),
        search=SearchService(store),
        drafts=DraftService(store, clock),
        directory=DirectoryService(store, clock),
        workspace=workspace,
        replies=CannedReplyService(store, clock, actor_id=agent_id),
        review=ReviewService(store, clock, actor_id=agent_id),
        surveys=SurveyService(store, clock),
        macros=MacroService(store, clock, actor_id=agent_id),
        routing=RoutingService(store, clock, actor_id=agent_id),
        availability=AvailabilityService(store, clock),
        merging=MergeService(store, clock, actor_id=agent_id),
        splitting=SplitService(store, clock, actor_id=agent_id),
        links=LinkService(store, clock, actor_id=agent_id),
        bulk=BulkService(escalation),
    )
