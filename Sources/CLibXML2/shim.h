#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its headers clash with Foundation's ICU ('UErrorCode'). */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemas.h>
