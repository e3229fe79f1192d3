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

/*
 * The Expediente keeps the tab the user was on (e.g. Oficios) across its actions, which redraw the
 * whole page: the tab shown is remembered per page and case for this browser tab only.
 */
(function () {
    function clave() {
        return 'siade.pestana' + location.pathname + location.search;
    }
    document.addEventListener('click', function (evento) {
        var pestana = evento.target instanceof Element ? evento.target.closest('.ui-tabs-nav > li[data-index]') : null;
        if (pestana) {
            sessionStorage.setItem(clave(), pestana.getAttribute('data-index'));
        }
    }, true);
    function restaurar() {
        var indice = sessionStorage.getItem(clave());
        var widget = window.PrimeFaces && PrimeFaces.widgets ? PrimeFaces.widgets.pestanas : null;
        if (indice !== null && widget && typeof widget.select === 'function') {
            widget.select(parseInt(indice, 10), true);
        }
    }
    if (window.jQuery) {
        jQuery(restaurar);
    } else {
        document.addEventListener('DOMContentLoaded', restaurar);
    }
})();
