package mx.gob.imss.siade.digitalizacion;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The QR printed on an acuse ({@code …/consulta.xhtml?folio=F&codigo=C}) or on a signed oficio
 * ({@code …/verificar.xhtml?o=FOLIO_OFICIO&c=C}), read from the first page of a scan (ZXing).
 */
public record ReferenciaQr(Tipo tipo, String folio, String codigo) {

    /** Which printed paper the QR belongs to. */
    public enum Tipo {
        ACUSE, OFICIO
    }

    /** Looks for a QR in a grey page and reads it as an acuse's or an oficio's; empty otherwise. */
    public static Optional<ReferenciaQr> leer(BufferedImage paginaGris) {
        return texto(paginaGris).flatMap(ReferenciaQr::de);
    }

    static Optional<String> texto(BufferedImage gris) {
        if (gris.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            return Optional.empty();
        }
        byte[] pixeles = (byte[]) gris.getRaster().getDataElements(0, 0, gris.getWidth(), gris.getHeight(), null);
        PlanarYUVLuminanceSource fuente = new PlanarYUVLuminanceSource(pixeles, gris.getWidth(), gris.getHeight(), 0, 0,
                gris.getWidth(), gris.getHeight(), false);
        Map<DecodeHintType, Object> pistas = new EnumMap<>(DecodeHintType.class);
        pistas.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        pistas.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            Result r = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(fuente)), pistas);
            return Optional.ofNullable(r.getText());
        } catch (NotFoundException sinQr) {
            return Optional.empty();
        }
    }

    /** Parses the text of a QR; empty when it is not one the application prints. */
    public static Optional<ReferenciaQr> de(String texto) {
        if (texto == null || texto.length() > 1000) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(texto.trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String ruta = uri.getPath() == null ? "" : uri.getPath();
        Map<String, String> p = parametros(uri.getRawQuery());
        if (ruta.endsWith("/consulta.xhtml") && p.containsKey("folio")) {
            return Optional.of(new ReferenciaQr(Tipo.ACUSE, p.get("folio"), p.get("codigo")));
        }
        if (ruta.endsWith("/verificar.xhtml") && p.containsKey("o")) {
            return Optional.of(new ReferenciaQr(Tipo.OFICIO, p.get("o"), p.get("c")));
        }
        return Optional.empty();
    }

    private static Map<String, String> parametros(String consulta) {
        Map<String, String> p = new HashMap<>();
        if (consulta == null) {
            return p;
        }
        for (String par : consulta.split("&")) {
            int igual = par.indexOf('=');
            if (igual > 0) {
                p.put(URLDecoder.decode(par.substring(0, igual), StandardCharsets.UTF_8),
                        URLDecoder.decode(par.substring(igual + 1), StandardCharsets.UTF_8));
            }
        }
        return p;
    }
}
