/**
 * One record's values gathered while its row is read, then built into its `fields` and `cells`
 * objects in one go. Why: adding keys one by one to `{}` walks map transitions and regrows the
 * property store for every record of a 100 000-row list; the records of a list share a few key
 * sequences, so each record clones a template already holding its keys, in the order setting
 * them one by one would give.
 */
import type { FieldKey, RecordFields } from "../types";

type Cells = Partial<Record<FieldKey, string>>;

/**
 * One assignment per field: each stays a fast named store, where one `o[key] = v` for every key
 * goes megamorphic.
 */
type Assign = (o: Cells, v: string | undefined) => void;
const ASSIGN: Record<FieldKey, Assign> = {
  stt: (o, v) => void (o.stt = v),
  ten: (o, v) => void (o.ten = v),
  loai: (o, v) => void (o.loai = v),
  ngaySinh: (o, v) => void (o.ngaySinh = v),
  gioiTinh: (o, v) => void (o.gioiTinh = v),
  danToc: (o, v) => void (o.danToc = v),
  chucVu: (o, v) => void (o.chucVu = v),
  donVi: (o, v) => void (o.donVi = v),
  queQuan: (o, v) => void (o.queQuan = v),
  noiThuongTru: (o, v) => void (o.noiThuongTru = v),
  linhVuc: (o, v) => void (o.linhVuc = v),
  thanhTich: (o, v) => void (o.thanhTich = v),
  quaTrinhKhenThuong: (o, v) => void (o.quaTrinhKhenThuong = v),
  hinhThuc: (o, v) => void (o.hinhThuc = v),
  ghiChu: (o, v) => void (o.ghiChu = v),
  quaTrinhThanhLap: (o, v) => void (o.quaTrinhThanhLap = v),
  coCauToChuc: (o, v) => void (o.coCauToChuc = v),
  chucNangNhiemVu: (o, v) => void (o.chucNangNhiemVu = v),
};

/** A key sequence: its template object, and the sequences one key longer. */
interface Shape {
  template: Cells;
  next: (Shape | undefined)[];
}

export class RowValues {
  private readonly values: (string | undefined)[];
  private readonly addresses: (string | undefined)[];
  /** Key indexes in the order they were first set. */
  private readonly order: number[] = [];
  private readonly assign: Assign[];
  private count = 0;
  private readonly root: Shape = { template: {}, next: [] };
  private shape: Shape = this.root;

  /** `keys`: the fields a list can fill; the methods take indexes into it. */
  constructor(private readonly keys: readonly FieldKey[]) {
    this.values = new Array<string | undefined>(keys.length).fill(undefined);
    this.addresses = new Array<string | undefined>(keys.length).fill(undefined);
    this.assign = keys.map((k) => ASSIGN[k]);
  }

  get size(): number {
    return this.count;
  }

  cell(k: number): string | undefined {
    return this.addresses[k];
  }

  set(k: number, value: string, address: string): void {
    if (this.addresses[k] === undefined) this.order[this.count++] = k;
    this.values[k] = value;
    this.addresses[k] = address;
  }

  /** The row's fields; call `cells` next, which clears the row. */
  fields(): RecordFields {
    let s = this.root;
    for (let j = 0; j < this.count; j++) {
      const k = this.order[j];
      let n = s.next[k];
      if (n === undefined) {
        n = { template: { ...s.template, [this.keys[k]]: "" }, next: [] };
        s.next[k] = n;
      }
      s = n;
    }
    this.shape = s;
    return this.fill(this.values);
  }

  /** The cells of the fields `fields` returned; the row is then empty for the next one. */
  cells(): Cells {
    const out = this.fill(this.addresses);
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

  private fill(from: (string | undefined)[]): Cells {
    const out: Cells = { ...this.shape.template };
    for (let j = 0; j < this.count; j++) {
      const k = this.order[j];
      this.assign[k](out, from[k]);
    }
    return out;
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
