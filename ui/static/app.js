// mentorbase portal: what htmx swaps do not do by themselves for a keyboard or screen-reader
// user (WCAG 2.4.3, 4.1.3). Every page works without this file; it only moves focus and
// speaks after a swap.
//
// - #announcer, in the layout and kept across boosted page changes (hx-preserve), is the one
//   live region: only its text changes, so screen readers read each new message.
// - It reads the response's flash (".flash") and any element marked data-announce, such as
//   the directory's count, even when hx-select keeps only a section of the page.
// - Focus: an error summary (autofocus) takes it, as htmx does; otherwise it goes to the
//   heading of the section whose form was sent (the note just saved is in "Notes", even after
//   a whole page came back), else to the main heading of a new page, never staying on <body>.
(function () {
  "use strict";
  let pending = "";
  let origin = "";
  let fromForm = false;

  function announce(text) {
    const region = document.getElementById("announcer");
    if (!region || !text) return;
    // Emptying first makes the same text ("Message sent", twice) count as a change.
    region.textContent = "";
    window.setTimeout(function () { region.textContent = text; }, 50);
  }

  function spoken(doc) {
    const parts = [];
    doc.querySelectorAll(".flash, [data-announce]").forEach(function (el) {
      const text = el.textContent.replace(/\s+/g, " ").trim();
      if (text) parts.push(text);
    });
    return parts.join(" ");
  }

  function focusHeading(container) {
    const heading = container && container.querySelector("h1, h2");
    if (!heading) return;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: container === document.body });
  }

  document.addEventListener("htmx:beforeRequest", function (event) {
    const elt = event.detail.elt;
    fromForm = Boolean(elt.closest && elt.closest("form"));
    const section = fromForm && elt.closest("section[id]");
    origin = section ? section.id : "";
  });

  document.addEventListener("htmx:beforeSwap", function (event) {
    const body = event.detail.serverResponse;
    pending = typeof body === "string" && body ? spoken(new DOMParser().parseFromString(body, "text/html")) : "";
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    const active = document.activeElement;
    const lost = !active || active === document.body || !active.isConnected;
    // The event comes from what was settled: <body> for a boosted page, the new section
    // for an outerHTML swap.
    const settled = event.target;
    if (event.detail.boosted && !fromForm && !(active && active.hasAttribute("autofocus"))) {
      // A followed link: htmx would keep the focus on the link of the same id in the new
      // page's menu; a new page starts at its heading.
      focusHeading(document.querySelector("main"));
    } else if (lost && settled.isConnected) {
      const section = origin && document.getElementById(origin);
      if (section) {
        focusHeading(section);
        section.scrollIntoView();
      } else {
        focusHeading(event.detail.boosted || settled === document.body ? document.querySelector("main") : settled);
      }
    }
    origin = "";
    fromForm = false;
    announce(pending);
    pending = "";
  });
})();
