package mx.gob.imss.siade.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.catalogos.CatalogoRepository;
import mx.gob.imss.siade.catalogos.Instancia;
import mx.gob.imss.siade.datoscomplementarios.CanalSolicitud;
import mx.gob.imss.siade.datoscomplementarios.SolicitudDatos;
import mx.gob.imss.siade.firma.PkiDemo;
import mx.gob.imss.siade.derivacion.Derivacion;
import mx.gob.imss.siade.infra.MigracionEsquema;
import mx.gob.imss.siade.personas.Curp;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;
import mx.gob.imss.siade.peticion.EstadoPeticion;
import mx.gob.imss.siade.peticion.EventosPeticion;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.MotivoConclusion;
import mx.gob.imss.siade.peticion.NuevaPeticion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.RegistroPeticion;
import mx.gob.imss.siade.peticion.TipoPeticion;
import mx.gob.imss.siade.peticion.TransicionPeticion;
import mx.gob.imss.siade.plazos.CalendarioRepository;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.Rol;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.seguridad.UsuarioRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo users (one per role) and a few demo petitions in different states, loaded once and only
 * when {@code siade.demo.habilitado=true} (the embedded default). Every row is marked DEMO.
 * All the sample data of the application lives here.
 */
@Singleton
@Startup
@DependsOn("MigracionEsquema")
public class DatosDemo {

    /** Password of every demo user; printed by the run command. Demo only. */
    public static final String CONTRASENA_DEMO = "Demo.2026";

    private static final Logger LOG = Logger.getLogger(DatosDemo.class.getName());

    @Inject
    @ConfigProperty(name = "siade.demo.habilitado", defaultValue = "false")
    private boolean habilitado;

    @Inject
    private MigracionEsquema migracion;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private CatalogoRepository catalogos;

    @Inject
    private RegistroPeticion registro;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private CalendarioRepository calendario;

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    private Clock reloj;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    /** The demo signers: their RFC is in their demo e.firma (PkiDemo). */
    static final PkiDemo.Persona FIRMA_DAC = new PkiDemo.Persona("titular.dac", "PATRICIA FLORES MENDEZ", "FOMP750312AB1",
            "FOMP750312MDFLNT09");
    static final PkiDemo.Persona FIRMA_CAO = new PkiDemo.Persona("titular.cao", "RICARDO TORRES VEGA", "TOVR700820CD2",
            "TOVR700820HDFRGC05");
    static final PkiDemo.Persona FIRMA_SUPLENTE = new PkiDemo.Persona("suplente", "ALBERTO NUNEZ SALAS", "NUSA680505EF3",
            "NUSA680505HDFXLL02");

    /** The demo service account of the intake API (the phone area's CRM); its cases go to Gestión. */
    public static final String CUENTA_CRM = "crm.telefonia";

    /** The demo jefe de área of Gestión. */
    public static final String JEFE_GESTION = "jefe.gestion";

    @Inject
    private mx.gob.imss.siade.seguridad.CifradoDatosPersonales cifrado;

    @Inject
    private PkiDemo pki;

    @PostConstruct
    void cargar() {
        if (!habilitado || !migracion.completa()) {
            return;
        }
        if (usuarios.contarDemo() == 0) {
            cargarUsuariosYPeticiones();
        }
        if (usuarios.porNombreUsuario(FIRMA_SUPLENTE.usuario()).isEmpty()) {
            // Data folders from before the signing capability get the demo suplente too.
            hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "100000"));
            suplente();
        }
        if (usuarios.porNombreUsuario(CUENTA_CRM).isEmpty()) {
            // ... and the service account of the intake API.
            hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "100000"));
            usuario(CUENTA_CRM, "CRM de Atención Telefónica (cuenta de servicio)",
                    catalogos.porClave(AreaDac.class, "GESTION").orElseThrow(), Rol.INTEGRACION);
        }
        if (usuarios.porNombreUsuario(JEFE_GESTION).isEmpty()) {
            // ... and Gestión's jefe de área, who reviews the libreta de enlace its night shift wrote.
            hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "100000"));
            AreaDac gestion = catalogos.porClave(AreaDac.class, "GESTION").orElseThrow();
            usuario(JEFE_GESTION, "Gabriela Ortiz Medina", gestion, Rol.JEFE_AREA)
                    .asignarDatosDeFirma(null, "Jefa del Área de Gestión");
            libretaDeAnoche(gestion);
        }
        pki.asegurar(List.of(FIRMA_DAC, FIRMA_CAO, FIRMA_SUPLENTE), FIRMA_DAC, FIRMA_DAC);
    }

    /** Two entries the night shift of Gestión wrote last night, for the jefe's review screen. */
    private void libretaDeAnoche(AreaDac gestion) {
        OffsetDateTime anoche = java.time.LocalDate.now(reloj).minusDays(1).atTime(23, 10)
                .atZone(mx.gob.imss.siade.infra.Tiempo.ZONA_MEXICO).toOffsetDateTime();
        em.persist(new mx.gob.imss.siade.gestion.EntradaLibreta(gestion, anoche, mx.gob.imss.siade.gestion.TurnoLibreta.NOCTURNO,
                "gestion", cifrado.cifrar("Tomás Aguilar Rivas"), cifrado.cifrar("3312345678"),
                "Incapacidad no pagada desde hace tres semanas",
                "Llamó desde Guadalajara: su incapacidad por enfermedad general no se ha pagado; pide que lo llamen mañana."));
        em.persist(new mx.gob.imss.siade.gestion.EntradaLibreta(gestion, anoche.plusMinutes(47),
                mx.gob.imss.siade.gestion.TurnoLibreta.NOCTURNO, "gestion", cifrado.cifrar("Irma Salas Cordero"), null,
                "Cita de especialidad reprogramada sin aviso", "Se le orientó por teléfono; pide confirmar la nueva fecha."));
    }

    private void suplente() {
        Usuario s = usuario(FIRMA_SUPLENTE.usuario(), "Alberto Núñez Salas", null, Rol.SUPERVISOR);
        s.asignarDatosDeFirma(FIRMA_SUPLENTE.rfc(), "Coordinador Técnico de Atención Ciudadana (superior jerárquico)");
    }

    private void cargarUsuariosYPeticiones() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "100000"));
        AreaDac correspondencia = catalogos.porClave(AreaDac.class, "CORRESPONDENCIA").orElseThrow();
        AreaDac gestion = catalogos.porClave(AreaDac.class, "GESTION").orElseThrow();
        usuario("correspondencia", "Rosa Martínez Ortega", correspondencia, Rol.CORRESPONDENCIA);
        Usuario consultor = usuario("consultor", "Luis Hernández Pérez", correspondencia, Rol.CONSULTOR);
        usuario("consultora", "Sofía Ramírez Luna", correspondencia, Rol.CONSULTOR);
        usuario("supervisor", "Ana López García", correspondencia, Rol.SUPERVISOR);
        usuario("jefe", "Jorge Ramírez Castillo", correspondencia, Rol.JEFE_AREA)
                .asignarDatosDeFirma(null, "Jefe del Área de Correspondencia");
        usuario("gestion", "Marta Sánchez Ruiz", gestion, Rol.CONSULTOR);
        usuario("titular.dac", "Patricia Flores Méndez", null, Rol.TITULAR_DAC)
                .asignarDatosDeFirma(FIRMA_DAC.rfc(), "Titular de la División de Atención Ciudadana");
        usuario("titular.cao", "Ricardo Torres Vega", null, Rol.TITULAR_CAO)
                .asignarDatosDeFirma(FIRMA_CAO.rfc(), "Titular de la Coordinación de Atención y Orientación al Derechohabiente");
        usuario("juridico", "Elena Castro Núñez", null, Rol.JURIDICO);
        usuario("admin", "Administración SIADE", null, Rol.ADMIN);
        suplente();
        cargarPeticiones(consultor);
        LOG.info("Datos de demostración cargados: 11 usuarios y 6 peticiones");
    }

    private Usuario usuario(String nombre, String completo, AreaDac area, Rol rol) {
        Usuario u = new Usuario(nombre, completo, nombre + "@demo.siade.local", hash.generate(CONTRASENA_DEMO.toCharArray()),
                area, EnumSet.of(rol), OffsetDateTime.now(reloj));
        u.marcarDemo();
        return usuarios.guardar(u);
    }

    private void cargarPeticiones(Usuario consultor) {
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        Actor correspondencia = new Actor("correspondencia", EnumSet.of(Rol.CORRESPONDENCIA));
        Actor supervisor = new Actor("supervisor", EnumSet.of(Rol.SUPERVISOR));

        Peticion registrada = peticion(correspondencia, "María Guadalupe Pérez Jiménez", "12345678903",
                "GODE561231HDFNRR00", "5512345678", null, MedioCaptacion.CORREO_POSTAL, "CORRESPONDENCIA", 9L,
                "Solicita revisión de pensión por viudez", "Escrito recibido por correo postal en oficinas centrales.",
                ahora.minusDays(1));

        Peticion sinDatos = peticion(correspondencia, "José Antonio Ramírez Soto", "01087432108", null, null, null,
                MedioCaptacion.CORREO_POSTAL, "CORRESPONDENCIA", 15L, "Queja por diferimiento de cita en UMF",
                "El escrito no trae teléfono ni correo electrónico.", ahora.minusDays(2));
        transicion(sinDatos, TransicionPeticion.SOLICITAR_DATOS, correspondencia, TipoEventoBitacora.SOLICITUD_DATOS,
                "Se solicitan datos de contacto por oficio postal (Anexo 39)");
        em.persist(new SolicitudDatos(sinDatos, CanalSolicitud.OFICIO_POSTAL, "Teléfono o correo electrónico de contacto",
                ahora.minusDays(2), ahora.plusDays(1), "correspondencia"));

        Peticion enAnalisis = peticion(correspondencia, "Laura Beatriz Gómez Luna", "42999012349", null, "3312345678",
                "laura.gomez@example.com", MedioCaptacion.CORREO_ELECTRONICO, "CORRESPONDENCIA", 14L,
                "Queja por falta de medicamento oncológico", "Refiere tres meses sin recibir su tratamiento.",
                ahora.minusDays(3));
        clasificar(enAnalisis, TipoPeticion.QUEJA, supervisor);
        enAnalisis.asignarConsultor(consultor);

        Peticion derivada = peticion(correspondencia, "Sindicato de Trabajadores de la Industria Textil", null, null,
                "5587654321", "contacto@sindicato-textil.example.org", MedioCaptacion.CORREO_ELECTRONICO,
                "CORRESPONDENCIA", 10L, "Queja por atención en urgencias de HGZ",
                "Organismo privado reporta demora de 8 horas en urgencias.", ahora.minusDays(6));
        clasificar(derivada, TipoPeticion.QUEJA, supervisor);
        Instancia cdaod = catalogos.porId(Instancia.class, 10L).orElseThrow();
        LocalDate limite = calendario.fechaLimite(TipoPeticion.QUEJA, ahora.toLocalDate().minusDays(5));
        em.persist(new Derivacion(derivada, 1, cdaod, "supervisor", ahora.minusDays(5),
                "Se turna a la CDAOD para su atención y respuesta fundada y motivada", limite));
        derivada.fijarFechaLimite(limite);
        transicion(derivada, TransicionPeticion.DERIVAR, supervisor, TipoEventoBitacora.DERIVACION,
                "Derivada a " + cdaod.getNombre() + " con notificación electrónica (Anexo 41)");

        Peticion concluida = peticion(correspondencia, "Pedro Pablo Juárez Rivas", "98765432103", "PEPJ800101HDFRRN03",
                "5599887766", null, MedioCaptacion.CORREO_POSTAL, "CORRESPONDENCIA", 9L,
                "Consulta sobre requisitos para alta de beneficiarios", null, ahora.minusDays(10));
        clasificar(concluida, TipoPeticion.ORIENTACION, supervisor);
        EstadoPeticion anterior = concluida.concluir(TransicionPeticion.CONCLUIR, MotivoConclusion.ORIENTACION_BRINDADA,
                ahora.minusDays(9), supervisor.roles());
        bitacora.registrar(EventosPeticion.conclusion(concluida, anterior,
                "Orientación brindada por teléfono con base en la normativa vigente", supervisor, ahora.minusDays(9)));

        peticion(new Actor("gestion", EnumSet.of(Rol.CONSULTOR)), "Carmen Reyes Ortiz", "12345678903", null,
                "8112345678", null, MedioCaptacion.TELEFONO, "GESTION", 19L, "Gestión de pago de incapacidad",
                "Remitida por Atención Telefónica.", ahora.minusHours(5));
    }

    private Peticion peticion(Actor actor, String nombre, String nss, String curp, String telefono, String correo,
                              MedioCaptacion medio, String area, Long ooadId, String asunto, String resumen,
                              OffsetDateTime recepcion) {
        DatosPersonales datos = new DatosPersonales(nss == null ? null : Nss.de(nss), curp == null ? null : Curp.de(curp),
                null, telefono, correo, null);
        TipoPersonaUsuaria tipo = nss == null ? TipoPersonaUsuaria.ORGANISMO_PRIVADO : TipoPersonaUsuaria.DERECHOHABIENTE;
        Peticion p = registro.registrar(new NuevaPeticion(tipo, nombre, datos, medio, area, ooadId, null, asunto, resumen,
                recepcion), actor);
        p.getPersonaUsuaria().marcarDemo();
        p.marcarDemo();
        return p;
    }

    private void clasificar(Peticion p, TipoPeticion tipo, Actor actor) {
        LocalDate limite = calendario.fechaLimite(tipo, p.getFechaRecepcion().toLocalDate());
        EstadoPeticion anterior = p.clasificar(tipo, limite, actor.roles());
        bitacora.registrar(EventosPeticion.clasificacion(p, anterior, actor, OffsetDateTime.now(reloj)));
    }

    private void transicion(Peticion p, TransicionPeticion t, Actor actor, TipoEventoBitacora tipo, String descripcion) {
        EstadoPeticion anterior = p.aplicar(t, actor.roles());
        bitacora.registrar(new EventoBitacora(p, OffsetDateTime.now(reloj), actor.nombreUsuario(), tipo, descripcion,
                anterior, p.getEstado()));
    }
}
