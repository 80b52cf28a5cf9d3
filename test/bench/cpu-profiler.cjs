// Preloaded into the server under `npm run bench -- --profile` (NODE_OPTIONS=--require …):
// SIGUSR2 starts V8's sampling profiler, the next SIGUSR2 writes the profile to
// $BENCH_CPU_PROFILE, so only the measured requests are in it (not start-up).
const fs = require('node:fs');
const inspector = require('node:inspector');

const file = process.env.BENCH_CPU_PROFILE;
if (file) {
  const session = new inspector.Session();
  session.connect();
  let running = false;
  process.on('SIGUSR2', () => {
    if (!running) {
      running = true;
      session.post('Profiler.enable', () =>
        session.post('Profiler.setSamplingInterval', { interval: 200 }, () =>
          session.post('Profiler.start', () => fs.writeFileSync(`${file}.started`, ''))));
    } else {
      running = false;
      session.post('Profiler.stop', (error, result) => {
        fs.writeFileSync(`${file}.tmp`, JSON.stringify(error ? { nodes: [], samples: [], timeDeltas: [] } : result.profile));
        fs.renameSync(`${file}.tmp`, file); // whole or not at all for the reader
      });
    }
  });
}
