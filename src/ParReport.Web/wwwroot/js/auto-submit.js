// A filter (select or checkbox marked data-auto-submit) sends its form when it changes; without script, its form's button does.
document.addEventListener("change", event => {
    const field = event.target.closest("[data-auto-submit]");
    if (field && field.form) field.form.requestSubmit();
});
