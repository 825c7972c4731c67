/** `--cach-doc` on both commands: the profile reads every file of its layout; a broken file stops the run. */
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { profilesFileText, type ReadingProfile } from "../../src/core/read";
import { SUBJECT_KINDS } from "../../src/core/types";
import { tdkt } from "../cli/tdkt";
import { correctedProfiles } from "./helpers";
import { expectedCounts, LIST_SHEET, unitSpec, writeTemplate, type TemplateSpec } from "./workbooks";

interface JsonList {
  sheet: string;
  profile: { id: string; name: string } | null;
  counts: Record<string, number>;
}
interface JsonFile {
  file: string;
  lists: JsonList[];
}

const SPECS: TemplateSpec[] = [unitSpec(1), unitSpec(2, 1), unitSpec(3, 3)];
let dir: string;
let files: string[];
let profiles: ReadingProfile[];
let profilePath: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tdkt-cach-doc-"));
  const unitsDir = join(dir, "don-vi");
  await mkdir(unitsDir);
  files = await Promise.all(SPECS.map((s, i) => writeTemplate(unitsDir, `xa-${i + 1}.xlsx`, s)));
  profiles = await correctedProfiles(files[0], SPECS[0]);
  profilePath = join(dir, "cach-doc.json");
  await writeFile(profilePath, profilesFileText(profiles));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/**
 * Each list of a unit's file with the profile that must read it: the one the clerk made on that
 * sheet, named for the sheet and its header (the template's own labels).
 */
function profileOfEachList(): [string, { id: string; name: string }][] {
  return [
    [LIST_SHEET, "Trang «DS»: STT, Họ và tên, Mã ĐT"],
    ["BS", "Trang «BS»: Số TT, Đơn vị đề nghị, Nội dung"],
  ].map(([sheet, name]) => {
    const made = profiles.filter((p) => p.name === name);
    expect(made).toHaveLength(1);
    return [sheet, { id: made[0].id, name }];
  });
}

function fileCounts(f: JsonFile): Record<string, number> {
  const counts: Record<string, number> = { "tap-the": 0, "ca-nhan": 0, "ho-gia-dinh": 0 };
  for (const l of f.lists) for (const k of SUBJECT_KINDS) counts[k] += l.counts[k];
  return counts;
}

test("kiem-tra --cach-doc: every file read with the profile, and the report says which profile read each list", async () => {
  const run = await tdkt("kiem-tra", ...files, "--json", "--cach-doc", profilePath);
  expect(run.err).toBe("");
  const report = JSON.parse(run.out) as { files: JsonFile[] };
  report.files.forEach((f, i) => {
    expect(fileCounts(f)).toEqual(expectedCounts(SPECS[i]));
    expect(f.lists.map((l) => l.sheet)).toEqual([LIST_SHEET, "BS"]);
    expect(f.lists.map((l) => [l.sheet, l.profile])).toEqual(profileOfEachList());
  });

  const plain = JSON.parse((await tdkt("kiem-tra", files[0], "--json")).out) as { files: JsonFile[] };
  expect(plain.files[0].lists.map((l) => l.profile)).toEqual([null, null]);
});

test("kiem-tra --cach-doc without --json: the table names the profile that read each list", async () => {
  const run = await tdkt("kiem-tra", files[0], "--cach-doc", profilePath);
  const named = run.out.split("\n").filter((l) => l.startsWith("    Cách đọc: "));
  const byId = new Map(profiles.map((p) => [p.id, p.name]));
  const json = JSON.parse((await tdkt("kiem-tra", files[0], "--json", "--cach-doc", profilePath)).out) as {
    files: JsonFile[];
  };
  expect(named).toEqual(json.files[0].lists.map((l) => `    Cách đọc: «${byId.get(l.profile!.id)}»`));
  expect(named).toHaveLength(2);
  const plain = await tdkt("kiem-tra", files[0]);
  expect(plain.out).not.toContain("Cách đọc:");
});

test("tong-hop --cach-doc: one profile corrects all files of the template", async () => {
  const run = await tdkt("tong-hop", join(dir, "don-vi"), "--json", "--cach-doc", profilePath);
  const report = JSON.parse(run.out) as {
    files: JsonFile[];
    consolidation: { totals: { byKind: Record<string, number> } };
  };
  const total: Record<string, number> = { "tap-the": 0, "ca-nhan": 0, "ho-gia-dinh": 0 };
  for (const s of SPECS) for (const k of SUBJECT_KINDS) total[k] += expectedCounts(s)[k];
  expect(report.consolidation.totals.byKind).toEqual(total);
  for (const f of report.files) expect(f.lists.map((l) => [l.sheet, l.profile])).toEqual(profileOfEachList());
});

test("a malformed profile: a Vietnamese error naming the line, exit 2, nothing else done", async () => {
  const text = profilesFileText(profiles).replace('"tap-the"', '"tap the"');
  const line = text.split("\n").findIndex((l) => l.includes('"tap the"')) + 1;
  const bad = join(dir, "hong.json");
  await writeFile(bad, text);
  const out = join(dir, "khong-ghi.xlsx");
  for (const args of [
    ["kiem-tra", files[0], "--cach-doc", bad, "--xuat", out],
    ["tong-hop", join(dir, "don-vi"), "--cach-doc", bad, "--xuat", out],
  ]) {
    const run = await tdkt(...args);
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err).toContain(`Tệp cách đọc «${bad}» có lỗi:`);
    expect(run.err).toContain(`${bad}: dòng ${line} (`);
    await expect(stat(out)).rejects.toThrow();
  }
  const missing = await tdkt("kiem-tra", files[0], "--cach-doc", join(dir, "khong-co.json"));
  expect(missing.code).toBe(2);
  expect(missing.err).toContain("Không đọc được tệp cách đọc");
});
