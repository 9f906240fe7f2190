import Tinypool from "tinypool";
const pool = new Tinypool({ filename: "/tmp/w.mjs", minThreads: 2, maxThreads: 2, isolateWorkers: false });
const t = setTimeout(() => { console.log("HUNG"); process.exit(1); }, 5000);
const r = await Promise.all([1,2,3,4].map(x => pool.run(x).catch(e => "ERR " + e.message)));
console.log(r); clearTimeout(t); await pool.destroy();
