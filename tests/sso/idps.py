"""Real identity providers for the sign-in tests, started on 127.0.0.1 and stopped after.

- `OIDCIdP`: npm `oidc-provider` 9 (the certified OpenID Provider) run by
  tools/sso/oidc-idp.mjs, with one confidential client (PKCE required) and test accounts.
- `SAMLIdP`: Auth0's npm `samlp` middleware run by tools/sso/saml-idp.js, signing its
  assertions with a key pair made here for the test.

Both are installed by scripts/lrs-tools.sh (tools/package-lock.json) and exit by themselves
if the test process dies (tools/lrs/exit-with-parent.js).
"""

from __future__ import annotations

import datetime
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from tests.lrs import EXIT_WITH_PARENT, TOOLS_DIR, free_port

HOST = "127.0.0.1"


class IdPError(RuntimeError):
    pass


def key_pair(directory: Path, name: str) -> tuple[Path, Path, str]:
    """A self-signed certificate and its key (PEM files) and the certificate's base64."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    key_path = directory / f"{name}.key"
    cert_path = directory / f"{name}.crt"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    pem = cert.public_bytes(serialization.Encoding.PEM)
    cert_path.write_bytes(pem)
    body = b"".join(line for line in pem.splitlines() if b"CERTIFICATE" not in line)
    return key_path, cert_path, body.decode()


class _NodeIdP:
    script: str = ""

    def __init__(self, env: dict[str, str], port: int | None = None):
        self.port = port or free_port()
        self._env = env
        self._process: subprocess.Popen | None = None
        self._log = None

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def start(self) -> None:
        node = shutil.which("node")
        script = TOOLS_DIR / "sso" / self.script
        needed = (
            TOOLS_DIR / "node_modules" / ("oidc-provider" if "oidc" in self.script else "samlp")
        )
        if node is None or not needed.is_dir():
            raise IdPError("node or the test IdPs are missing: run scripts/lrs-tools.sh")
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - kept open while the IdP runs
        env = {
            **os.environ,
            **self._env,
            "PORTE_VOIX_LRS_PARENT_PID": str(os.getpid()),
            "NODE_ENV": "test",
        }
        self._process = subprocess.Popen(
            [node, "-r", str(EXIT_WITH_PARENT), str(script)],
            cwd=TOOLS_DIR,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise IdPError(f"{self.script} exited: {self.output()}")
            try:
                with socket.create_connection((HOST, self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        output = self.output()
        self.stop()
        raise IdPError(f"{self.script} did not start: {output}")

    def output(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode(errors="replace")[-4000:]

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=5)
        self._process = None
        if self._log is not None:
            self._log.close()
            self._log = None


class OIDCIdP(_NodeIdP):
    script = "oidc-idp.mjs"
    CLIENT_ID = "porte-voix"
    CLIENT_SECRET = "test-only-client-secret"

    def __init__(self, *, redirect_uri: str, accounts: dict[str, dict], port: int | None = None):
        super().__init__(
            {
                "OIDC_CLIENT_ID": self.CLIENT_ID,
                "OIDC_CLIENT_SECRET": self.CLIENT_SECRET,
                "OIDC_REDIRECT_URI": redirect_uri,
                "OIDC_ACCOUNTS": json.dumps(accounts),
            },
            port,
        )
        self._env["OIDC_PORT"] = str(self.port)

    @property
    def issuer(self) -> str:
        return self.base_url


class SAMLIdP(_NodeIdP):
    script = "saml-idp.js"

    def __init__(
        self,
        *,
        acs_url: str,
        sp_entity_id: str,
        accounts: dict[str, dict],
        key_dir: Path,
        key_name: str = "idp",
        issuer: str | None = None,
        audience: str | None = None,
        sign_assertion: bool = True,
        sign_response: bool = False,
        lifetime: int | None = None,
        port: int | None = None,
    ):
        key_path, cert_path, self.cert_b64 = key_pair(key_dir, key_name)
        env = {
            "SAML_KEY": str(key_path),
            "SAML_CERT": str(cert_path),
            "SAML_ACS_URL": acs_url,
            "SAML_SP_ENTITY_ID": sp_entity_id,
            "SAML_ACCOUNTS": json.dumps(accounts),
        }
        if issuer:
            env["SAML_ISSUER"] = issuer
        if audience:
            env["SAML_AUDIENCE"] = audience
        if not sign_assertion:
            env["SAML_SIGN_ASSERTION"] = "0"
        if sign_response:
            env["SAML_SIGN_RESPONSE"] = "1"
        if lifetime is not None:
            # Negative: an assertion that expired before it was sent.
            env["SAML_LIFETIME"] = str(lifetime)
        super().__init__(env, port)
        self._env["SAML_PORT"] = str(self.port)

    @property
    def metadata_url(self) -> str:
        return self.base_url + "/metadata"

    def metadata_xml(self) -> str:
        return httpx.get(self.metadata_url, timeout=5).text
