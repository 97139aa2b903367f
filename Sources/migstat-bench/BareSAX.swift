import CLibXML2
import Foundation

/// The floor for XML: libxml2's SAX2 push parser over the same bytes with no
/// callbacks of ours, in 256 KiB chunks, as extract feeds it.
enum BareSAX {
    static func parse(_ paths: [String]) -> Double {
        let start = Date()
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: 256 * 1024)
        defer { buffer.deallocate() }
        for path in paths {
            var sax = xmlSAXHandler()
            xmlSAXVersion(&sax, 2)
            sax.startDocument = nil
            sax.endDocument = nil
            sax.startElementNs = nil
            sax.endElementNs = nil
            sax.characters = nil
            sax.ignorableWhitespace = nil
            guard let ctxt = xmlCreatePushParserCtxt(&sax, nil, nil, 0, path) else { continue }
            xmlCtxtUseOptions(ctxt, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
            let fd = open(path, O_RDONLY)
            while true {
                let n = read(fd, buffer, 256 * 1024)
                if n <= 0 { xmlParseChunk(ctxt, nil, 0, 1); break }
                xmlParseChunk(ctxt, buffer, Int32(n), 0)
            }
            close(fd)
            xmlFreeParserCtxt(ctxt)
        }
        return Date().timeIntervalSince(start)
    }
}
