import { benchGrid } from "./bench/core-read";
import { readLists as mine } from "./src/core/read";
import { readLists as main } from "../../../tmp/iss11-main/src/core/read";
const sheet = benchGrid(30000);
mine([sheet]); main([sheet]);
const t = { mine: [] as number[], main: [] as number[] };
for (let k = 0; k < 7; k++) for (const [n, f] of [["main", main], ["mine", mine]] as const) {
  const t0 = performance.now(); f([sheet]); t[n].push(Math.round(performance.now() - t0));
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
console.log(JSON.stringify(t), "median main", med(t.main), "mine", med(t.mine));
