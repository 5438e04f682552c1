/* eslint-disable no-undef */
const path = require("path");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const urlDev = "https://localhost:3000/";

/** The production URL the manifest points at: ADDIN_URL=https://example.org/iku/ npm run build */
function productionUrl() {
  const url = process.env.ADDIN_URL || "https://localhost:3000/";
  if (!/^https:\/\/[^\s"<>]+$/.test(url)) {
    throw new Error(`ADDIN_URL harus berupa URL https yang sah, bukan "${url}"`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const urlProd = productionUrl();
  const config = {
    devtool: dev ? "source-map" : false,
    // Shared runtime: the three entries run in ONE page (taskpane.html), so they must share one
    // webpack runtime and one module registry (one copy of each module, one busy state).
    // functions.js carries that runtime and the IKU.* functions, so it still works on its own
    // (the manifest's Functions.Script.Url); commands and taskpane depend on it, and what those
    // two share (core, profile reader, action wrappers) is ONE chunk, shared.js.
    entry: {
      functions: "./src/functions/functions.ts",
      commands: { import: "./src/commands/commands.ts", dependOn: "functions" },
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Lazy chunks sit beside taskpane.html: relative to the page. ("auto" would look for
      // document.currentScript, which functions.js has not when a host loads it on its own.)
      publicPath: "",
      // The chunk registry lives on globalThis (not `self`), so functions.js also runs where a
      // host evaluates it without a window (and in the dist test's bare vm).
      globalObject: "globalThis",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: "tsconfig.json",
              onlyCompileBundledFiles: true,
              // ES modules for webpack: a TS `import()` compiled to CommonJS becomes a plain
              // require and ExcelJS would land in taskpane.js instead of a lazy chunk.
              compilerOptions: { module: "es2020" },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      // Shared runtime: one page hosts the task pane, the ribbon commands and the functions.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The runtime's entry first; html-webpack-plugin adds shared.js before the entries that use it.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The task pane's stylesheet, linked from taskpane.html (no CSS loader needed).
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // Server settings that travel with dist/ (Apache, IIS): MIME types and CORS for
          // functions.json. nginx reads deploy/nginx.conf from its own configuration instead.
          { from: "deploy/.htaccess", to: ".htaccess", toType: "file" },
          { from: "deploy/web.config", to: "web.config" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev) return content;
              return content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // Lazy chunks (import()): npm code (ExcelJS) and what two lazy chunks share get names
          // the size benchmark can explain.
          defaultVendors: {
            test: /[\\/]node_modules[\\/]/,
            name: "pustaka",
            priority: -10,
            reuseExistingChunk: true,
          },
          default: { minChunks: 2, name: "lambat-bersama", priority: -20, reuseExistingChunk: true },
          shared: { name: "shared", chunks: "initial", minChunks: 2, minSize: 0, enforce: true },
        },
      },
    },
    performance: { hints: false },
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
      server: {
        type: "https",
        options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await getHttpsOptions(),
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
  return config;
};
