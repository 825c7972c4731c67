import { GROUP_COLUMNS, makeList, PERSON_COLUMNS, group, person } from "./lists";
import { check, found, where } from "./run";

describe("duplicate-record", () => {
  it("flags the second occurrence across lists and sheets, naming the first's row and sheet", () => {
    const result = check(
      [
        makeList("Đợt 1", PERSON_COLUMNS, [person("Nguyễn Văn An"), person("Trần Thị Bé")]),
        makeList("Đợt 2", PERSON_COLUMNS, [person("NGUYỄN VĂN AN")], 20),
      ],
      "an-giang-2025",
    );
    expect(where(result)).toEqual([["duplicate-record", "warning", "Đợt 2", "B20", 20, "ten"]]);
    expect(found(result, "duplicate-record")[0].message).toBe(
      "Cá nhân «NGUYỄN VĂN AN» (sinh 15/03/1980) đã có ở dòng 6, trang «Đợt 1». Nếu là cùng một người, hãy xóa dòng trùng.",
    );
  });

  it("matches names however they are cased or accented (folded)", () => {
    const result = check(
      [makeList("DS", PERSON_COLUMNS, [person("Đỗ Thị Hằng"), person("Do Thi Hang")])],
      "an-giang-2025",
    );
    expect(found(result, "duplicate-record").map((f) => f.row)).toEqual([7]);
  });

  it("keeps apart the same name with another birth date or of another kind", () => {
    const result = check(
      [
        makeList("DS", PERSON_COLUMNS, [
          person("Lê Văn Hai"),
          person("Lê Văn Hai", { ngaySinh: "1981-03-15" }),
        ]),
        makeList("TT", GROUP_COLUMNS, [group("Lê Văn Hai")]),
      ],
      "an-giang-2025",
    );
    expect(found(result, "duplicate-record")).toEqual([]);
  });

  it("flags every later copy against the first", () => {
    const result = check(
      [
        makeList("TT", GROUP_COLUMNS, [
          group("Tổ Toán"),
          group("Tổ Văn"),
          group("Tổ Toán"),
          group("tổ toán"),
        ]),
      ],
      "an-giang-2025",
    );
    expect(found(result, "duplicate-record").map((f) => [f.row, f.message])).toEqual([
      [8, "Tập thể «Tổ Toán» đã có ở dòng 6, trang «TT». Nếu là cùng một tập thể, hãy xóa dòng trùng."],
      [9, "Tập thể «tổ toán» đã có ở dòng 6, trang «TT». Nếu là cùng một tập thể, hãy xóa dòng trùng."],
    ]);
  });

  it("tells thousands of distinct names apart and finds the copies among them", () => {
    const rows = [];
    for (let i = 0; i < 5000; i++) rows.push(person(`Nguyễn Văn Số ${i}`));
    rows.push(person("Nguyễn Văn Số 1234"), person("Nguyễn Văn Số 4999"));
    const result = check([makeList("DS", PERSON_COLUMNS, rows)], "an-giang-2025");
    expect(found(result, "duplicate-record").map((f) => f.message.split(" đã có ở ")[1])).toEqual([
      "dòng 1240, trang «DS». Nếu là cùng một người, hãy xóa dòng trùng.",
      "dòng 5005, trang «DS». Nếu là cùng một người, hãy xóa dòng trùng.",
    ]);
  });
});
