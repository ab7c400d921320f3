"""A connection belongs to its thread: workers open their own (``reopen``)."""

from __future__ import annotations

import threading

from library_samples import make_doc


def test_worker_thread_writes_through_its_own_connection(library):
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with library.reopen() as own:
                own.add_document("From worker", make_doc())
        except BaseException as error:  # reported to the test thread below
            errors.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert errors == []
    assert [s.name for s in library.stories()] == ["From worker"]


def test_reader_sees_only_committed_imports(library):
    other = library.reopen()
    with library.transaction():
        library.add_document("Pending", make_doc())
        assert other.stories() == []
    assert [s.name for s in other.stories()] == ["Pending"]
    other.close()


def test_using_another_threads_library_is_a_clear_error(library):
    errors: list[BaseException] = []
    worker = threading.Thread(target=lambda: capture(errors, library.stories))
    worker.start()
    worker.join()
    assert len(errors) == 1
    assert type(errors[0]).__name__ == "LibraryError"
    assert "thread" in str(errors[0])


def capture(errors: list[BaseException], call) -> None:
    try:
        call()
    except BaseException as error:  # handed to the test thread
        errors.append(error)
