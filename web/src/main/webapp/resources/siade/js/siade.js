/*
 * A field marked invalid after a failed submit stops looking invalid as soon as the user corrects it
 * (the server checks it again on the next submit): its red border and its label's red go away on input.
 */
(function () {
    function limpiar(evento) {
        var campo = evento.target;
        if (!(campo instanceof Element)) {
            return;
        }
        var marcado = campo.classList.contains('ui-state-error') ? campo : campo.closest('.ui-state-error');
        if (marcado) {
            marcado.classList.remove('ui-state-error');
        }
        var id = campo.id ? campo.id.replace(/_(input|focus)$/, '') : null;
        if (id) {
            document.querySelectorAll('label.ui-state-error').forEach(function (etiqueta) {
                if (etiqueta.htmlFor === id || etiqueta.htmlFor === campo.id) {
                    etiqueta.classList.remove('ui-state-error');
                }
            });
        }
    }
    document.addEventListener('input', limpiar, true);
    document.addEventListener('change', limpiar, true);
})();
