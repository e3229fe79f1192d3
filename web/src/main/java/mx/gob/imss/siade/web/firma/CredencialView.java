package mx.gob.imss.siade.web.firma;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

/**
 * The e.firma typed and uploaded in the portafirmas: request-scoped, so the files and the password
 * live for the signing request only (never in the session or the view state); the multipart
 * threshold keeps such small files in memory.
 */
@Named
@RequestScoped
public class CredencialView {

    private UploadedFile cer;
    private UploadedFile key;
    private String contrasena;

    byte[] cerBytes() {
        return cer == null ? null : cer.getContent();
    }

    byte[] keyBytes() {
        return key == null ? null : key.getContent();
    }

    char[] contrasena() {
        return contrasena == null ? new char[0] : contrasena.toCharArray();
    }

    void olvidar() {
        cer = null;
        key = null;
        contrasena = null;
    }

    public UploadedFile getCer() {
        return cer;
    }

    public void setCer(UploadedFile cer) {
        this.cer = cer;
    }

    public UploadedFile getKey() {
        return key;
    }

    public void setKey(UploadedFile key) {
        this.key = key;
    }

    public String getContrasena() {
        return null; // never echoed back to the page
    }

    public void setContrasena(String contrasena) {
        this.contrasena = contrasena;
    }
}
