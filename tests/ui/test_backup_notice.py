"""A daily backup that fails while the app opens a library is shown, not silent."""

from __future__ import annotations

import errno

from storydiff.library import backups


def test_a_failed_daily_backup_shows_in_the_status_and_notice_bars(
    open_window, three_versions, qtbot, monkeypatch
):
    def full_disk(connection, library, kind):
        raise OSError(errno.ENOSPC, "No space left on device")

    backups.wait_for_daily()
    for taken in backups.backups(three_versions):  # building the library backed it up today
        taken.path.unlink()
    monkeypatch.setattr(backups, "take", full_disk)
    backups.take_failures()
    window = open_window(three_versions, wait=False)
    qtbot.waitUntil(lambda: window.undo_bar.isVisible(), timeout=10000)
    message = window.undo_bar.label.text()
    assert message.startswith("Today's backup of the library three.sqlite could not be made")
    assert "the disk is full" in message
    # The status bar said it too, but a comparison finishing later may have replaced it
    # there: the notice bar is the lasting place, and it stays until dismissed.
    assert not window.undo_bar.undo_button.isVisible()  # nothing to undo
    assert window.library_model.entries  # the library opened all the same
    backups.take_failures()
