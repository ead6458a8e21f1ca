"""Liveness and readiness: what an orchestrator probes."""

from __future__ import annotations

import threading

import anyio.to_thread
from fastapi.testclient import TestClient

from polex.api import create_app


def test_healthz_answers_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_healthz_answers_while_every_request_thread_is_busy(hub):
    with TestClient(create_app(hub)) as client:
        limiter = client.portal.call(anyio.to_thread.current_default_thread_limiter)
        holders = [object() for _ in range(int(limiter.total_tokens))]
        for holder in holders:  # what as many slow `def` endpoints would hold
            client.portal.call(limiter.acquire_on_behalf_of, holder)
        answers: list[int] = []
        probe = threading.Thread(target=lambda: answers.append(
            client.get("/healthz").status_code), daemon=True)
        probe.start()
        probe.join(timeout=5)
        answered_while_busy = list(answers)
        for holder in holders:
            client.portal.call(limiter.release_on_behalf_of, holder)
        probe.join(timeout=5)
    assert answered_while_busy == [200]
