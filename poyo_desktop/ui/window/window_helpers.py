"""What the window gets once its services are there, besides its own panes: the task
notices (alerts, chime, count in the title), the batch review, the spending questions, and
the "While you were away" card, and Settings.

Imported after the first paint (boot/main.py draws the window before the services exist),
so none of these modules is loaded before the person sees the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from poyo_desktop.ui.batch.batch_flow import BatchFlow
from poyo_desktop.ui.spending.window_hooks import SpendingHooks
from poyo_desktop.ui.window.away_watch import AwayWatch
from poyo_desktop.ui.window.settings_opener import SettingsOpener
from poyo_desktop.ui.window.task_alerts import TaskAlerts

if TYPE_CHECKING:
    from poyo_desktop.services.app_services import AppServices
    from poyo_desktop.ui.form.form import GenerationForm
    from poyo_desktop.ui.window.main_window import MainWindow


@dataclass(frozen=True)
class WindowHelpers:
    alerts: TaskAlerts
    batches: BatchFlow
    spending: SpendingHooks
    away: AwayWatch
    settings: SettingsOpener


def make_helpers(window: MainWindow, form: GenerationForm, services: AppServices) -> WindowHelpers:
    settings = SettingsOpener(window, services)
    # The pointer on the toolbar button or the menu entry: the dialog is made meanwhile.
    window.window_actions.settings_action.hovered.connect(settings.prepare)
    return WindowHelpers(
        alerts=TaskAlerts(window, services.jobs, services.settings, services.paths.cache_dir),
        batches=BatchFlow(window, form, services),
        spending=SpendingHooks(window, services),
        away=AwayWatch(window, services),
        settings=settings,
    )
