// Preload (`node -r ./lrs/bind-loopback.js ...`): force every listening TCP server of the
// process onto 127.0.0.1. The LRS (xapi-statements) calls `app.listen(port)`, which binds
// all interfaces; this rewrites the host of `net.Server.prototype.listen` before it runs.
'use strict';
const net = require('net');

const LOOPBACK = '127.0.0.1';
const originalListen = net.Server.prototype.listen;

net.Server.prototype.listen = function listen(...args) {
  const first = args[0];
  if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
    // listen({port, host, path, ...}): leave IPC paths and handles alone.
    if (first.path === undefined && first.handle === undefined && first._handle === undefined && first.fd === undefined) {
      args[0] = Object.assign({}, first, { host: LOOPBACK });
    }
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    // listen(port[, host][, backlog][, callback])
    if (args.length >= 2 && typeof args[1] === 'string') {
      args[1] = LOOPBACK;
    } else {
      args.splice(1, 0, LOOPBACK);
    }
  } else if (first === undefined || first === null || typeof first === 'function') {
    // listen() / listen(callback): random port, still loopback only.
    args.splice(0, first === undefined || first === null ? 1 : 0, 0, LOOPBACK);
  }
  // A string that is not a number is a pipe/socket path: untouched.
  // Say when this process really holds its port: tests/lrs.py waits for this line, so an
  // LRS of another test that took the port during a restart is never mistaken for ours.
  this.once('listening', () => {
    const address = this.address();
    if (address && typeof address === 'object') {
      process.stdout.write(`porte-voix-lrs listening on ${address.port}\n`);
    }
  });
  return originalListen.apply(this, args);
};
