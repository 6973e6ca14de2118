// Quiz pages: a countdown, up/down buttons for ordering questions, no double submission.
// Everything works without it: the server enforces the time limit and the selects order
// the steps. This file knows nothing about right answers (the page holds none).
(() => {
  if (window.porteVoixQuiz) return; // included by several blocks of one page
  window.porteVoixQuiz = true;

  const format = (seconds) => {
    const m = Math.floor(seconds / 60);
    const s = String(seconds % 60).padStart(2, "0");
    return `${m}:${s}`;
  };

  // --- countdown -----------------------------------------------------------------------
  function startTimer(timer) {
    const deadline = Number(timer.dataset.quizDeadline) * 1000; // seconds since the epoch
    if (Number.isNaN(deadline)) return;
    const remaining = timer.querySelector("[data-quiz-remaining]");
    const announce = timer.querySelector("[data-quiz-announce]");
    const form = document.querySelector("[data-quiz-form]");
    let lastAnnounced = null;
    // Send the answers when the time runs out while the page is open; not when the page
    // itself arrived after the end (a refused submission shown again), or it would loop.
    const sendAtEnd = deadline > Date.now();
    remaining.hidden = false;
    const tick = () => {
      const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      remaining.textContent = `(${format(left)})`;
      const minutes = Math.ceil(left / 60);
      // Announce a few milestones to screen readers, not every second.
      if (announce && [10, 5, 1].includes(minutes) && minutes !== lastAnnounced && left > 0) {
        lastAnnounced = minutes;
        announce.textContent = announce.dataset.minutesLeft.replace("%(n)s", minutes);
      }
      if (left === 0) {
        clearInterval(handle);
        timer.classList.add("is-over");
        if (announce) announce.textContent = announce.dataset.timeUp;
        // The server still accepts a submission for a short grace period.
        if (sendAtEnd && form && !form.dataset.sent) form.requestSubmit();
      } else if (left <= 60) {
        timer.classList.add("is-urgent");
      }
    };
    const handle = setInterval(tick, 1000);
    tick();
  }

  // --- ordering: move steps up and down ------------------------------------------------
  function syncPositions(list) {
    list.querySelectorAll(":scope > li").forEach((item, index) => {
      const select = item.querySelector("select");
      if (select) {
        select.value = String(index + 1);
        select.dataset.previous = select.value;
      }
    });
  }

  function enhanceOrdering(list) {
    const status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    list.after(status);
    list.querySelectorAll(":scope > li").forEach((item) => {
      const text = item.querySelector("label")?.lastChild?.textContent?.trim() || "";
      const tools = document.createElement("span");
      tools.className = "quiz-ordering__tools";
      for (const [direction, symbol] of [["up", "↑"], ["down", "↓"]]) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "button button--small button--secondary";
        button.dataset.move = direction;
        button.textContent = symbol;
        const name = direction === "up" ? list.dataset.upLabel : list.dataset.downLabel;
        button.setAttribute("aria-label", (name || direction).replace("%(step)s", text));
        tools.append(button);
      }
      item.append(tools);
    });
    list.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-move]");
      if (!button) return;
      const item = button.closest("li");
      if (button.dataset.move === "up" && item.previousElementSibling) {
        item.previousElementSibling.before(item);
      } else if (button.dataset.move === "down" && item.nextElementSibling) {
        item.nextElementSibling.after(item);
      }
      syncPositions(list);
      button.focus();
      const position = [...list.children].indexOf(item) + 1;
      status.textContent = (list.dataset.movedLabel || "%(n)s").replace("%(n)s", position);
    });
    // Picking a place in a select swaps with the step that held it, so the places stay a
    // complete order.
    list.addEventListener("change", (event) => {
      const select = event.target.closest("select");
      if (!select || !select.value) return;
      const previous = select.dataset.previous || "";
      list.querySelectorAll("select").forEach((other) => {
        if (other !== select && other.value === select.value) {
          other.value = previous;
          other.dataset.previous = previous;
        }
      });
      select.dataset.previous = select.value;
    });
    list.querySelectorAll("select").forEach((select) => {
      select.dataset.previous = select.value;
    });
  }

  // --- one submission at a time ----------------------------------------------------------
  document.addEventListener("submit", (event) => {
    const form = event.target.closest("[data-quiz-form]");
    if (!form) return;
    if (form.dataset.sent) {
      event.preventDefault();
      return;
    }
    form.dataset.sent = "1";
    const button = form.querySelector("button[type=submit]");
    if (button) {
      button.setAttribute("aria-disabled", "true");
      if (form.dataset.sendingText) button.textContent = form.dataset.sendingText;
    }
  });

  const init = () => {
    document.querySelectorAll("[data-quiz-deadline]").forEach(startTimer);
    document.querySelectorAll("[data-quiz-ordering]").forEach(enhanceOrdering);
    const errors = document.getElementById("quiz-errors");
    if (errors) errors.focus();
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
