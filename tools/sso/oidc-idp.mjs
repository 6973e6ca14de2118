// Test tool only: a real OpenID Provider (npm `oidc-provider`, certified) for the sign-in
// tests, on 127.0.0.1. Configured from the environment by tests/sso/idps.py:
//   OIDC_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI,
//   OIDC_ACCOUNTS: JSON {accountId: {claims...}}
// Its own small sign-in page (/interaction/:uid) takes a login (an account id), any
// password, and an "I used a second factor" box that puts `mfa` in the ID token's amr.
import http from 'node:http';
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT);
const issuer = `http://127.0.0.1:${port}`;
const accounts = JSON.parse(process.env.OIDC_ACCOUNTS || '{}');

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID,
      client_secret: process.env.OIDC_CLIENT_SECRET,
      redirect_uris: [process.env.OIDC_REDIRECT_URI],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  // Every client must use PKCE (S256 is the only method oidc-provider accepts).
  pkce: { required: () => true },
  cookies: { keys: ['porte-voix-test-only'] },
  claims: {
    // amr (RFC 8176): oidc-provider sends it only with a scope that lists it; Entra ID and
    // Okta send it in every ID token.
    openid: ['sub', 'amr', 'acr', 'auth_time'],
    email: ['email', 'email_verified'],
    profile: ['given_name', 'family_name', 'locale'],
    corp: ['employee_id', 'department', 'team', 'manager', 'groups'],
  },
  scopes: ['openid', 'email', 'profile', 'corp'],
  // Claims in the ID token too, as Entra ID sends them.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  async findAccount(ctx, id) {
    if (!accounts[id]) return undefined;
    return { accountId: id, async claims() { return { sub: id, ...accounts[id] }; } };
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
});
provider.proxy = false;

function page(uid, error) {
  return `<!doctype html><html lang="en"><head><title>Test IdP sign-in</title></head><body>
<main><h1>Test IdP sign-in</h1>${error ? `<p role="alert">${error}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
<label>Login <input name="login" autocomplete="username"></label>
<label>Password <input name="password" type="password"></label>
<label><input type="checkbox" name="mfa" value="1"> I used a second factor</label>
<button type="submit">Sign in at the IdP</button></form></main></body></html>`;
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

async function interaction(req, res) {
  const match = req.url.match(/^\/interaction\/([^/?]+)(\/login)?/);
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(page(match[1]));
    return;
  }
  const form = await readForm(req);
  const accountId = form.get('login');
  if (!accounts[accountId]) {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(page(match[1], 'Unknown account'));
    return;
  }
  const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
  grant.addOIDCScope(details.params.scope);
  const grantId = await grant.save();
  const amr = form.get('mfa') ? ['pwd', 'mfa'] : ['pwd'];
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId, amr }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

const callback = provider.callback();
http
  .createServer((req, res) => {
    if (req.url.startsWith('/interaction/')) {
      interaction(req, res).catch((error) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    callback(req, res);
  })
  .listen(port, '127.0.0.1', () => console.log(`oidc-idp listening on ${issuer}`));
