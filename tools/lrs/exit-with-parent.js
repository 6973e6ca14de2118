// Preload (`node -r ./lrs/exit-with-parent.js ...`): exit when the process that started
// this one is gone (a test run killed with SIGKILL cannot stop its LRS), so no orphan
// LRS keeps running. The parent's pid is in PORTE_VOIX_LRS_PARENT_PID.
'use strict';
const parent = Number(process.env.PORTE_VOIX_LRS_PARENT_PID || 0);
if (parent > 0) {
  setInterval(() => {
    if (process.ppid !== parent) process.exit(0);
  }, 1000).unref();
}
