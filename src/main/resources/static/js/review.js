// The review screen without a mouse: the field to check (or the one in the address's #field-NAME)
// has the focus; Enter saves the field (the browser submits its form); Alt+N opens the next
// record; Ctrl+Enter marks the record checked ("Đã kiểm tra").
(function () {
  var screen = document.getElementById('review-screen');
  if (!screen) {
    return;
  }
  var target = null;
  if (location.hash.indexOf('#field-') === 0) {
    target = document.getElementById('value-' + location.hash.substring(7));
  }
  target = target || document.querySelector('[aria-invalid="true"]') || document.querySelector('.review-field.flagged .field-value')
      || document.querySelector('.field-value');
  if (target) {
    target.focus();
    target.select();
  }
  document.addEventListener('keydown', function (event) {
    if (event.altKey && (event.key === 'n' || event.key === 'N')) {
      var next = screen.getAttribute('data-next');
      if (next) {
        event.preventDefault();
        location.href = next;
      }
    } else if (event.ctrlKey && event.key === 'Enter') {
      event.preventDefault();
      document.getElementById('checked-form').submit();
    }
  });
})();
