// Small progressive enhancements; every page works without JavaScript.
document.documentElement.classList.add("js");

document.addEventListener("change", (event) => {
  const select = event.target.closest("select[data-autosubmit]");
  if (select) select.form.submit();
});

document.addEventListener("click", async (event) => {
  const button = event.target.closest("[data-copy-target]");
  if (!button) return;
  const source = document.getElementById(button.dataset.copyTarget);
  const status = document.getElementById(button.dataset.copyStatus);
  try {
    await navigator.clipboard.writeText(source.innerText);
    if (status) status.textContent = button.dataset.copiedText;
  } catch (error) {
    // Clipboard refused (permissions, insecure origin): select the text so Ctrl+C works.
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    if (status) status.textContent = button.dataset.selectedText;
  }
});

// The header's menu button (phone widths, see academy.css): opens and closes the menu,
// says so with aria-expanded, and Escape closes it and puts the focus back on the button.
const menuToggle = document.querySelector(".site-menu-toggle");
if (menuToggle) {
  const menu = document.getElementById(menuToggle.getAttribute("aria-controls"));
  const menuSet = (open) => {
    menuToggle.setAttribute("aria-expanded", String(open));
    menu.classList.toggle("is-open", open);
  };
  menuToggle.hidden = false;
  menuToggle.addEventListener("click", () => {
    menuSet(menuToggle.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && menuToggle.getAttribute("aria-expanded") === "true") {
      menuSet(false);
      menuToggle.focus();
    }
  });
}
