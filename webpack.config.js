/**
 * The task pane bundle: dist/taskpane.html + taskpane.[contenthash].js, with assets/ and the
 * manifest copied beside it. File mode and ExcelJS load on demand (dynamic import), so the
 * initial pane JS stays small. `npm run build:pane` builds it; `npm run dev-server` serves it on
 * https://localhost:3000 (the address in manifest.xml). `--env ADDIN_URL=https://…/` writes
 * dist/manifest.xml for that host instead (scripts/manifest.js).
 */
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { addinBase, manifestFor } = require("./scripts/manifest");

const DEV_PORT = 3000;

/** The dev certificates Office trusts; without them the dev server makes its own self-signed one. */
function httpsServer() {
  return Promise.resolve()
    .then(() => require("office-addin-dev-certs").getHttpsServerOptions())
    .then((options) => ({ type: "https", options }))
    .catch((error) => {
      const why = `Không lấy được chứng chỉ office-addin-dev-certs (${error.message})`;
      console.warn(`${why}; dùng chứng chỉ tự ký tạm thời.`);
      return { type: "https" };
    });
}

/** @type {(env: Record<string, unknown>, argv: { mode?: string }) => Promise<import("webpack").Configuration>} */
module.exports = (env = {}, argv = {}) =>
  (env.WEBPACK_SERVE ? httpsServer() : Promise.resolve(null)).then((server) => config(argv, server, env));

function config(argv, server, env) {
  const production = argv.mode !== "development";
  const addinUrl = env.ADDIN_URL;
  // A wrong address fails the build before anything is bundled.
  if (addinUrl !== undefined) addinBase(addinUrl);
  return {
    mode: production ? "production" : "development",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // The Web Worker of "Tổng hợp tỉnh" (src/web/tally-in-workers.ts): loaded only when a tally runs.
      "tally-worker": { import: "./src/web/tally-worker.ts", chunkLoading: "import-scripts" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // The worker's name is fixed (the page starts it by URL); TALLY_WORKER_URL carries the build id.
      filename: (data) =>
        data.chunk.name === "tally-worker"
          ? "tally-worker.js"
          : production
            ? "[name].[contenthash].js"
            : "[name].js",
      chunkFilename: production ? "[name].[contenthash].js" : "[name].js",
      clean: { keep: /^node\// },
      publicPath: "",
    },
    // The page's Content-Security-Policy has no 'unsafe-eval': never an eval-based devtool.
    devtool: production ? "source-map" : "cheap-module-source-map",
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // ExcelJS's package entry pulls in Node streams; its browser build is self-contained.
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run lint`'s job; ES modules let webpack split dynamic imports.
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: true },
            },
          },
        },
      ],
      // ExcelJS's prebuilt bundle needs no parsing for imports.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
    },
    plugins: [
      new webpack.DefinePlugin({ TALLY_WORKER_URL: JSON.stringify(`tally-worker.js?v=${Date.now()}`) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: addinUrl === undefined ? undefined : (xml) => manifestFor(xml.toString(), addinUrl),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: server
      ? {
          port: DEV_PORT,
          server,
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          client: { overlay: false },
        }
      : undefined,
  };
}
