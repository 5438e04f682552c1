#!/usr/bin/env node
/*
 * `npm start`.
 * - Windows and macOS: `office-addin-debugging start manifest.xml`, which installs the dev
 *   certificates, starts the dev server and sideloads the add-in into desktop Excel.
 * - Linux has no desktop Excel, so nothing is sideloaded: this starts the webpack dev server
 *   (development mode, https://localhost:3000) and explains how to load manifest.xml into
 *   Excel on the web. When the dev certificate cannot be installed (no sudo, no GUI trust
 *   store), it serves with the generated but untrusted certificate and says how to trust it.
 * Extra arguments go to office-addin-debugging (e.g. `npm start -- web`).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** What `npm start` does on a platform: "sideload" (desktop Excel) or "serve" (dev server only). */
function startMode(platform) {
  return platform === "win32" || platform === "darwin" ? "sideload" : "serve";
}

/** Runs office-addin-debugging through node, so no .cmd shim or shell is needed on Windows. */
function sideload(args) {
  const pkgFile = require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
  const pkg = JSON.parse(fs.readFileSync(pkgFile, "utf8"));
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin["office-addin-debugging"];
  const child = spawn(process.execPath, [path.join(path.dirname(pkgFile), bin), "start", MANIFEST, ...args], {
    cwd: ROOT,
    stdio: "inherit",
  });
  child.on("exit", (code) => process.exit(code ?? 1));
}

/**
 * HTTPS key and certificate for localhost: the trusted office-addin-dev-certs ones when they
 * can be installed, else the same generated files without installing the CA (Linux without
 * sudo); `trusted` tells which.
 */
async function httpsOptions(log) {
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { options: { ca: options.ca, key: options.key, cert: options.cert }, trusted: true };
  } catch (err) {
    log(`Sertifikat pengembang tidak bisa dipasang sebagai tepercaya: ${firstLine(err)}`);
  }
  const {
    caCertificatePath,
    localhostCertificatePath,
    localhostKeyPath,
  } = require("office-addin-dev-certs/lib/defaults");
  const files = [caCertificatePath, localhostCertificatePath, localhostKeyPath];
  if (!files.every((f) => fs.existsSync(f))) {
    const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
    await generateCertificates(caCertificatePath, localhostCertificatePath, localhostKeyPath);
  }
  const [ca, cert, key] = files.map((f) => fs.readFileSync(f));
  return { options: { ca, cert, key }, trusted: false, caFile: caCertificatePath };
}

function firstLine(err) {
  return String(err instanceof Error ? err.message : err).split("\n")[0];
}

/** The Indonesian how-to printed once the dev server listens. */
function webInstructions(trusted, caFile) {
  const lines = [
    "",
    `Server pengembangan berjalan: https://localhost:${PORT}/taskpane.html (hentikan dengan Ctrl+C).`,
    "Linux tidak punya Excel desktop, jadi add-in tidak dimuat otomatis. Muat di Excel untuk web:",
    "  1. Buka Excel di web dengan akun Microsoft 365 Anda, lalu buka atau buat sebuah buku kerja.",
    "  2. Sisipkan → Add-in (atau Beranda → Add-in → Add-in Lainnya) → Add-in Saya → Unggah Add-in Saya.",
    `  3. Pilih berkas ${MANIFEST} lalu Unggah. Tab "IKU" muncul di pita; fungsi =IKU.… siap dipakai.`,
  ];
  if (!trusted) {
    lines.push(
      "",
      "PERHATIAN: sertifikat https://localhost belum dipercaya browser, sehingga Excel untuk web",
      "tidak akan bisa memuat add-in. Pilih salah satu:",
      `  - impor CA ${caFile} ke browser (Chrome/Edge: Setelan → Privasi dan keamanan → Keamanan →`,
      '    Kelola sertifikat → Otoritas → Impor, centang "percayai untuk situs web"), atau',
      "  - jalankan `sudo npx office-addin-dev-certs install` sekali, lalu `npm start` lagi.",
    );
  }
  return lines.join("\n");
}

/** Linux: the equivalent of `webpack serve --mode development` with the certificate chosen above. */
async function serve(log) {
  const { options, trusted, caFile } = await httpsOptions(log);
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  // options.https is the hook webpack.config.js offers for certificates chosen by the caller.
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development", https: options });
  config.mode = "development";
  const server = new WebpackDevServer(config.devServer, webpack(config));
  await server.start();
  log(webInstructions(trusted, caFile));
  const stop = () => server.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

async function main(argv, platform = process.platform, log = console.log) {
  if (startMode(platform) === "sideload") {
    sideload(argv);
    return;
  }
  log("Linux terdeteksi: menjalankan server pengembangan (mode development) tanpa memuat ke Excel desktop.");
  await serve(log);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`npm start gagal: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  });
}

module.exports = { main, startMode, webInstructions };
