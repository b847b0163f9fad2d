// Progressive enhancement: the form posts normally without script; with it, a progress bar follows large uploads
// and the page returned by the server replaces this one.
(function () {
    var form = document.getElementById("dossier-upload");
    if (!form || !window.XMLHttpRequest || !window.FormData) return;
    form.addEventListener("submit", function (event) {
        event.preventDefault();
        var bar = form.querySelector("progress");
        bar.hidden = false;
        var request = new XMLHttpRequest();
        request.open("POST", form.action || window.location.href);
        request.upload.onprogress = function (e) { if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total); };
        request.onload = function () { document.open(); document.write(request.responseText); document.close(); };
        request.onerror = function () { form.submit(); };
        // The button pressed ("Xem trước" or "Nhập") goes with the file, as without script.
        var data = new FormData(form);
        if (event.submitter && event.submitter.name) data.append(event.submitter.name, event.submitter.value);
        request.send(data);
    });
})();
