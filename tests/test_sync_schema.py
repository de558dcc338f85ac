"""schemathesis against the OpenAPI document the server serves: no input makes a 5xx."""

from pathlib import Path

import cbor2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import Case, openapi

from tests.serverside import Server
from tests.signers import token_of

# Batch bodies: random bytes, and CBOR maps with batch-like keys and wrong or missing values.
_CBOR = st.one_of(
    st.binary(max_size=2048),
    st.dictionaries(
        st.sampled_from(["v", "campaign", "device", "device_public", "from_seq", "records"]),
        st.one_of(st.integers(), st.binary(max_size=40), st.text(max_size=20), st.none()),
    ).map(cbor2.dumps),
)
openapi.media_type("application/cbor", _CBOR)


def test_no_request_makes_a_server_error(server: Server, enrolled: Path) -> None:
    held_token = token_of(enrolled)
    schema = openapi.from_url(f"{server.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]
    assert {op.path for op in operations} >= {"/v1/batches", "/v1/enrol", "/v1/devices/me"}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
        def check(case: Case) -> None:  # type: ignore[type-arg]
            for headers in ({}, {"Authorization": f"Bearer {held_token}"}):
                reply = case.call(headers=headers, timeout=30)
                assert reply.status_code < 500, (case.method, case.path, reply.text[:300])

        check()
