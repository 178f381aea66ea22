# SPDX-License-Identifier: GPL-3.0-or-later
# Every table is registered on the models' metadata as soon as the store is imported, so that the
# sync's table list and the migrations' check see the workflow tables too.
from agentdesk.store import audit_models as audit_models
from agentdesk.store import identity_models as identity_models
from agentdesk.store import kb_models as kb_models
from agentdesk.store import models as models
from agentdesk.store import notification_models as notification_models
from agentdesk.store import survey_models as survey_models
from agentdesk.store import workflow_models as workflow_models
