// Test tool only: a SAML 2.0 identity provider for the sign-in tests, on 127.0.0.1, built
// on Auth0's `samlp` (the SAML protocol middleware their IdP runs; assertions signed with
// xml-crypto). Configured from the environment by tests/sso/idps.py:
//   SAML_PORT, SAML_KEY, SAML_CERT (PEM file paths), SAML_ACS_URL, SAML_SP_ENTITY_ID,
//   SAML_ACCOUNTS: JSON {login: {email, employee_id, ...}},
//   SAML_AUDIENCE (optional: an audience other than the SP's, for the wrong-audience test),
//   SAML_LIFETIME (seconds the assertion is valid, default 300),
//   SAML_ISSUER (optional: pose as another IdP, for the wrong-key test),
//   SAML_SIGN_ASSERTION=0 (optional: an unsigned assertion, which the SP must refuse),
//   SAML_SIGN_RESPONSE=1 (optional: also sign the whole Response, as some IdPs do).
// Routes: GET /metadata, GET /sso (SP-initiated, HTTP-Redirect; a sign-in page, or
// `&login=<id>` to answer at once), POST /sso/login, GET /idp-init?login=<id> (IdP-initiated).
'use strict';
const fs = require('node:fs');
const express = require('express');
const samlp = require('samlp');

const port = Number(process.env.SAML_PORT);
const issuer = process.env.SAML_ISSUER || `http://127.0.0.1:${port}/metadata`;
const cert = fs.readFileSync(process.env.SAML_CERT);
const key = fs.readFileSync(process.env.SAML_KEY);
const accounts = JSON.parse(process.env.SAML_ACCOUNTS || '{}');
const acs = process.env.SAML_ACS_URL;
const MFA = 'http://schemas.microsoft.com/claims/multipleauthn';

function profileMapper(user) {
  return {
    getClaims() {
      const claims = {};
      for (const [name, value] of Object.entries(user.attributes)) claims[name] = value;
      if (user.mfa) claims['http://schemas.microsoft.com/claims/authnmethodsreferences'] = [MFA];
      return claims;
    },
    getNameIdentifier() {
      return {
        nameIdentifier: user.id,
        nameIdentifierFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      };
    },
  };
}

function answer(req, res, next, login, mfa) {
  if (!accounts[login]) {
    res.status(404).send('Unknown account');
    return;
  }
  req.user = { id: login, attributes: accounts[login], mfa };
  samlp.auth({
    issuer,
    cert,
    key,
    signAssertion: process.env.SAML_SIGN_ASSERTION !== '0',
    signResponse: process.env.SAML_SIGN_RESPONSE === '1',
    audience: process.env.SAML_AUDIENCE || process.env.SAML_SP_ENTITY_ID,
    recipient: acs,
    destination: acs,
    lifetimeInSeconds: Number(process.env.SAML_LIFETIME || 300),
    authnContextClassRef: 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport',
    profileMapper,
    getPostURL: (audience, dom, request, callback) => callback(null, acs),
    RelayState: req.query.RelayState || req.body.RelayState || '',
  })(req, res, next);
}

function page(req) {
  const hidden = ['SAMLRequest', 'RelayState']
    .map((name) => `<input type="hidden" name="${name}" value="${(req.query[name] || '').replace(/"/g, '&quot;')}">`)
    .join('');
  return `<!doctype html><html lang="en"><head><title>Test SAML IdP</title></head><body><main>
<h1>Test SAML IdP sign-in</h1><form method="post" action="/sso/login">${hidden}
<label>Login <input name="login" autocomplete="username"></label>
<label>Password <input name="password" type="password"></label>
<label><input type="checkbox" name="mfa" value="1"> I used a second factor</label>
<button type="submit">Sign in at the SAML IdP</button></form></main></body></html>`;
}

const app = express();
app.use(express.urlencoded({ extended: false }));
app.get('/metadata', samlp.metadata({
  issuer,
  cert,
  redirectEndpointPath: '/sso',
  postEndpointPath: '/sso',
}));
app.get('/sso', (req, res, next) => {
  if (req.query.login) return answer(req, res, next, req.query.login, req.query.mfa === '1');
  res.type('html').send(page(req));
});
app.post('/sso/login', (req, res, next) => {
  // samlp reads the request from the query: put the posted one there.
  req.query = { SAMLRequest: req.body.SAMLRequest, RelayState: req.body.RelayState };
  answer(req, res, next, req.body.login, req.body.mfa === '1');
});
app.get('/idp-init', (req, res, next) => {
  answer(req, res, next, req.query.login, req.query.mfa === '1');
});
app.use((error, req, res, next) => res.status(500).send(String(error && error.stack || error)));
app.listen(port, '127.0.0.1', () => console.log(`saml-idp listening on ${issuer}`));
