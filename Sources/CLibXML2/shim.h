#ifndef MIGSTAT_CLIBXML2_SHIM_H
#define MIGSTAT_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU; its ICU headers clash with Foundation's
   bundled ICU module. migstat never touches xmlCharEncodingHandler's ICU
   fields, so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/dict.h>
#include <libxml/encoding.h>

/* xmlFree is a C global function pointer; Swift sees it as mutable shared state. */
static inline void migstat_xmlFree(void *p) { xmlFree(p); }

/* Refuse every external entity or DTD: agency files are untrusted. */
static xmlParserInputPtr migstat_no_external_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}
static inline void migstat_install_safe_entity_loader(void) {
    xmlSetExternalEntityLoader(migstat_no_external_loader);
}
#endif
