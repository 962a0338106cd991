/* After a decision on a template version the button pressed is gone or the reason was refused:
   move the focus to what says what happened (the refused reason field, whose description carries
   the error, or else the page's messages), so that keyboard and screen-reader users hear it and
   go on from there. */
window.ccmTemplates = {
  focusOutcome: function () {
    var reason = document.getElementById('templates:comment');
    if (reason && reason.getAttribute('aria-invalid') === 'true') {
      reason.focus();
      return;
    }
    var messages = document.getElementById('templates:messages');
    if (messages && messages.textContent.trim()) {
      messages.focus();
    }
  }
};
