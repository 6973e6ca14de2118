// Content kit: copy a post's text, keep X's counter and share link in step with edits.
// Without JavaScript everything still works: the texts are ordinary text areas to select
// and copy, and the share links carry the text as written.
(() => {
  const URLS = /https?:\/\/\S+/g;
  // X counts every link as 23 characters (selectors_kit.x_length does the same).
  const xLength = (text) => {
    const links = text.match(URLS) || [];
    return text.replace(URLS, "").length + 23 * links.length;
  };

  document.querySelectorAll("[data-kit-copy]").forEach((button) => {
    button.hidden = false;
  });

  const say = (button, text) => {
    const status = document.getElementById(button.dataset.kitStatus);
    if (!status) return;
    status.textContent = "";
    // A fresh text each time, so screen readers announce a second copy too.
    window.setTimeout(() => { status.textContent = text; }, 50);
  };

  document.addEventListener("click", async (event) => {
    const button = event.target.closest("[data-kit-copy]");
    if (!button) return;
    const source = document.getElementById(button.dataset.kitCopy);
    if (!source) return;
    try {
      await navigator.clipboard.writeText(source.value);
      say(button, button.dataset.copiedText);
    } catch (error) {
      // No clipboard access (permissions, plain http): select the text for Ctrl+C.
      source.focus();
      source.select();
      let copied = false;
      try { copied = document.execCommand("copy"); } catch (ignored) { copied = false; }
      say(button, copied ? button.dataset.copiedText : button.dataset.selectedText);
    }
  });

  const update = (area) => {
    const countId = area.dataset.kitCountId;
    if (countId) {
      const count = document.getElementById(countId);
      const value = count && count.querySelector("[data-kit-count]");
      const length = xLength(area.value);
      if (value) value.textContent = String(length);
      if (count) count.classList.toggle("is-over", length > Number(area.dataset.limit || 0));
      const over = count && count.querySelector("[data-kit-over]");
      if (over) over.hidden = length <= Number(area.dataset.limit || 0);
    }
    if (area.dataset.network === "x") {
      document.querySelectorAll(`[data-kit-share="x"][data-kit-source="${area.id}"]`).forEach((link) => {
        link.href = `https://twitter.com/intent/tweet?text=${encodeURIComponent(area.value)}`;
      });
    }
  };

  document.addEventListener("input", (event) => {
    const area = event.target.closest("textarea[data-kit-text]");
    if (area && !area.readOnly) update(area);
  });
})();
