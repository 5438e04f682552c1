// Minimal task pane; the full pane is built in src/taskpane/ later.
Office.onReady((info) => {
  const status = document.getElementById("status");
  if (status) {
    status.textContent = info.host === Office.HostType.Excel ? "Siap." : "Buka halaman ini dari Excel untuk memakai IKU untuk Excel.";
  }
}).catch(() => undefined);
