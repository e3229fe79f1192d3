package mx.gob.imss.siade.web.gestion;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.gestion.LibretaEnlaceService.Entrada;
import mx.gob.imss.siade.gestion.LibretaEnlaceService;
import mx.gob.imss.siade.gestion.TurnoLibreta;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.web.infra.Mensajes;
import mx.gob.imss.siade.web.seguridad.SesionView;

/** The Libreta de enlace (Anexo 5): the shift writes entries; the jefe de área or supervisor reviews each once. */
@Named
@ViewScoped
public class LibretaEnlaceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LibretaEnlaceService libreta;

    @Inject
    private SesionView sesion;

    private TurnoLibreta turno;
    private List<Entrada> recientes;
    private List<Entrada> pendientes = List.of();
    private List<Entrada> asignadas;
    private List<Usuario> personas = List.of();
    private final Map<Long, String> consultorDe = new HashMap<>();
    private final Map<Long, String> personaDe = new HashMap<>();
    private final Map<Long, String> instruccionDe = new HashMap<>();
    private String persona;
    private String telefono;
    private String asunto;
    private String descripcion;

    @PostConstruct
    void cargar() {
        turno = libreta.turnoActual().orElse(null);
        recientes = libreta.recientes();
        asignadas = libreta.asignadasAMi();
        if (isRevisa()) {
            pendientes = libreta.pendientes();
            personas = libreta.personasDelArea();
        }
    }

    public boolean isRevisa() {
        return sesion.tiene("SUPERVISOR") || sesion.tiene("JEFE_AREA");
    }

    public void escribir() {
        libreta.escribir(persona, telefono, asunto, descripcion);
        Mensajes.info("libreta.escrita");
        persona = null;
        telefono = null;
        asunto = null;
        descripcion = null;
        cargar();
    }

    public void convertir(Entrada entrada) {
        String folio = libreta.convertir(entrada.id(), consultorDe.get(entrada.id()));
        Mensajes.info("libreta.convertida", entrada.id(), folio);
        cargar();
    }

    public void asignar(Entrada entrada) {
        libreta.asignar(entrada.id(), personaDe.get(entrada.id()), instruccionDe.get(entrada.id()));
        Mensajes.info("libreta.asignada", entrada.id());
        cargar();
    }

    public TurnoLibreta getTurno() {
        return turno;
    }

    public List<Entrada> getRecientes() {
        return recientes;
    }

    public List<Entrada> getPendientes() {
        return pendientes;
    }

    public List<Entrada> getAsignadas() {
        return asignadas;
    }

    public List<Usuario> getPersonas() {
        return personas;
    }

    public Map<Long, String> getConsultorDe() {
        return consultorDe;
    }

    public Map<Long, String> getPersonaDe() {
        return personaDe;
    }

    public Map<Long, String> getInstruccionDe() {
        return instruccionDe;
    }

    public String getPersona() {
        return persona;
    }

    public void setPersona(String persona) {
        this.persona = persona;
    }

    public String getTelefono() {
        return telefono;
    }

    public void setTelefono(String telefono) {
        this.telefono = telefono;
    }

    public String getAsunto() {
        return asunto;
    }

    public void setAsunto(String asunto) {
        this.asunto = asunto;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public void setDescripcion(String descripcion) {
        this.descripcion = descripcion;
    }
}
