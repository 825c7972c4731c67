/**
 * One record's values gathered while its row is read, then built into its `fields` and `cells`
 * objects in one go, each by one constructor call. Why: a 100 000-row list makes 200 000 such
 * objects; added key by key to `{}`, each walks map transitions, regrows a separate property
 * store and goes through a megamorphic keyed store. A constructor that names every field lets V8
 * size the objects for all their keys (in-object slack tracking) and keeps each store a named one.
 */
import type { FieldKey, RecordFields } from "../types";

type Cells = Partial<Record<FieldKey, string>>;

type RecordObjectType = new (
  keys: readonly FieldKey[],
  order: readonly number[],
  from: readonly (string | undefined)[],
  count: number,
) => Cells;

/**
 * A constructor of plain objects (Object.prototype, keys in the order given) for one list: V8
 * sizes its objects from the first few it builds, so each list gets its own.
 */
function recordObjectType(): RecordObjectType {
  function RecordObject(
    this: Cells,
    keys: readonly FieldKey[],
    order: readonly number[],
    from: readonly (string | undefined)[],
    count: number,
  ): void {
    for (let j = 0; j < count; j++) {
      const k = order[j];
      const v = from[k];
      switch (keys[k]) {
        case "stt":
          this.stt = v;
          break;
        case "ten":
          this.ten = v;
          break;
        case "loai":
          this.loai = v;
          break;
        case "ngaySinh":
          this.ngaySinh = v;
          break;
        case "gioiTinh":
          this.gioiTinh = v;
          break;
        case "danToc":
          this.danToc = v;
          break;
        case "chucVu":
          this.chucVu = v;
          break;
        case "donVi":
          this.donVi = v;
          break;
        case "queQuan":
          this.queQuan = v;
          break;
        case "noiThuongTru":
          this.noiThuongTru = v;
          break;
        case "linhVuc":
          this.linhVuc = v;
          break;
        case "thanhTich":
          this.thanhTich = v;
          break;
        case "quaTrinhKhenThuong":
          this.quaTrinhKhenThuong = v;
          break;
        case "hinhThuc":
          this.hinhThuc = v;
          break;
        case "ghiChu":
          this.ghiChu = v;
          break;
        case "quaTrinhThanhLap":
          this.quaTrinhThanhLap = v;
          break;
        case "coCauToChuc":
          this.coCauToChuc = v;
          break;
        case "chucNangNhiemVu":
          this.chucNangNhiemVu = v;
          break;
        case "capDienHinh":
          this.capDienHinh = v;
          break;
        case "phuongThuc":
          this.phuongThuc = v;
          break;
      }
    }
  }
  RecordObject.prototype = Object.prototype;
  return RecordObject as unknown as RecordObjectType;
}

export class RowValues {
  private readonly values: (string | undefined)[];
  private readonly addresses: (string | undefined)[];
  /** Key indexes in the order they were first set. */
  private readonly order: number[] = [];
  private count = 0;
  private readonly RecordObject = recordObjectType();

  /** `keys`: the fields a list can fill; the methods take indexes into it. */
  constructor(private readonly keys: readonly FieldKey[]) {
    this.values = new Array<string | undefined>(keys.length).fill(undefined);
    this.addresses = new Array<string | undefined>(keys.length).fill(undefined);
  }

  cell(k: number): string | undefined {
    return this.addresses[k];
  }

  value(k: number): string | undefined {
    return this.values[k];
  }

  set(k: number, value: string, address: string): void {
    if (this.addresses[k] === undefined) this.order[this.count++] = k;
    this.values[k] = value;
    this.addresses[k] = address;
  }

  /** The row's fields; call `cells` next, which clears the row. */
  fields(): RecordFields {
    return new this.RecordObject(this.keys, this.order, this.values, this.count);
  }

  /** The cells of the fields `fields` returned; the row is then empty for the next one. */
  cells(): Cells {
    const out = new this.RecordObject(this.keys, this.order, this.addresses, this.count);
    this.clear();
    return out;
  }

  clear(): void {
    for (let j = 0; j < this.count; j++) {
      const k = this.order[j];
      this.values[k] = undefined;
      this.addresses[k] = undefined;
    }
    this.count = 0;
  }

  /** Loads a built record's values (to change one of them with the same rules, then `store`). */
  load(fields: RecordFields, cells: Cells): void {
    for (const key of Object.keys(cells) as FieldKey[]) {
      const value = fields[key];
      const address = cells[key];
      if (value !== undefined && address !== undefined) this.set(this.keys.indexOf(key), value, address);
    }
  }

  /** Writes the values back into a built record's objects; the row is then empty. */
  store(fields: RecordFields, cells: Cells): void {
    for (let j = 0; j < this.count; j++) {
      const k = this.order[j];
      fields[this.keys[k]] = this.values[k];
      cells[this.keys[k]] = this.addresses[k];
    }
    this.clear();
  }
}
