#ifndef MIGSTAT_CLIBXML2_SHIM_H
#define MIGSTAT_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU; its ICU headers clash with Foundation's
   bundled ICU module. migstat never touches xmlCharEncodingHandler's ICU
   fields, so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
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

/* libxml2 prints some errors (encoding conversion, for one) through its generic
   handler, straight onto stderr, where they would break the JSON log. The
   reader takes its errors from the parser context instead. */
static void migstat_ignore_generic_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static void migstat_ignore_structured_error(void *ctx, xmlErrorPtr err) { (void)ctx; (void)err; }
static inline void migstat_silence_global_errors(void) {
    xmlSetGenericErrorFunc(NULL, migstat_ignore_generic_error);
    xmlSetStructuredErrorFunc(NULL, migstat_ignore_structured_error);
}

/* The name of the decoder libxml2 switched the input to, or NULL for UTF-8. */
static inline const char *migstat_input_encoding(xmlParserCtxtPtr ctxt) {
    if (ctxt == NULL || ctxt->input == NULL || ctxt->input->buf == NULL || ctxt->input->buf->encoder == NULL) return NULL;
    return ctxt->input->buf->encoder->name;
}
#endif
