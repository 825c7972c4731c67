/**
 * The manifest for where the pane is deployed. manifest.xml is written for the dev server
 * (https://localhost:3000/); `npm run build -- --env ADDIN_URL=https://…/` has webpack call
 * `manifestFor` so dist/manifest.xml points every URL at that address, and `npm run validate`
 * checks the result against the schema. A hand edit would miss one of the eight URLs.
 */
const { URL } = require("node:url");

const DEV_ORIGIN = "https://localhost:3000";

/** The deployed base address, ending in "/"; throws (in Vietnamese, for the IT officer) if Office cannot load it. */
function addinBase(address) {
  const whole = `ADDIN_URL «${address}» không phải một địa chỉ web đầy đủ (ví dụ https://tdkt.gov.vn/).`;
  if (!URL.canParse(String(address))) throw new Error(whole);
  const url = new URL(String(address));
  // Office loads add-ins only over HTTPS; a query or fragment would be cut by "taskpane.html".
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_URL «${address}» phải bắt đầu bằng https:// (Office chỉ nạp add-in qua HTTPS).`);
  if (url.search !== "" || url.hash !== "")
    throw new Error(`ADDIN_URL «${address}» không được có phần ?… hay #….`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/** `xml` with every dev-server URL moved to `address`; the app domain becomes its origin. */
function manifestFor(xml, address) {
  const base = addinBase(address);
  const out = xml
    .split(`${DEV_ORIGIN}/`)
    .join(base.href)
    .split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`)
    .join(`<AppDomain>${base.origin}</AppDomain>`);
  if (out.includes("localhost")) throw new Error("manifest.xml còn địa chỉ localhost chưa đổi được.");
  return out;
}

module.exports = { addinBase, manifestFor, DEV_ORIGIN };
