/** invalid-gender: the reader turns every way of writing Nam/Nữ into "nam"/"nu"; anything else is kept. */
import { isBlank, recordFinding, who, type RecordRule } from "./context";

export const genderRule: RecordRule = (record, scope, out) => {
  const v = record.fields.gioiTinh;
  if (v === undefined || v === "nam" || v === "nu" || isBlank(v)) return;
  out.push(
    recordFinding(
      "invalid-gender",
      "warning",
      scope,
      record,
      "gioiTinh",
      `Giới tính «${v}» của ${who(record)} không rõ. Hãy ghi «Nam» hoặc «Nữ».`,
    ),
  );
};
