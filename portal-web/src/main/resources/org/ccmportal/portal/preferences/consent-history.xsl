<?xml version="1.0" encoding="UTF-8"?>
<!--
  Consent history, version 1: a customer's own consent ledger as a document to keep.
  Input: <data> converted from JSON (see JsonXml) with customerId, generatedAt, title, lead,
  labels (when, text, how, who, reason, none) and records/item of {when, summary, textVersion,
  textSha256, method, actor, reason}; all texts already in the customer's language.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="fragment:letterhead"/>
  <xsl:include href="fragment:footer"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
  <xsl:param name="preview" select="'false'"/>

  <xsl:variable name="d" select="/data"/>
  <xsl:variable name="l" select="/data/labels"/>

  <xsl:template match="/">
    <fo:root xml:lang="en" font-family="DejaVu Sans" font-size="10pt" color="#1B1F24">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page" page-height="297mm" page-width="210mm"
            margin-top="10mm" margin-bottom="8mm" margin-left="18mm" margin-right="18mm">
          <fo:region-body margin-top="24mm" margin-bottom="22mm"/>
          <fo:region-before extent="20mm"/>
          <fo:region-after extent="17mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:title>
                <rdf:Alt>
                  <rdf:li xml:lang="x-default"><xsl:value-of select="$d/title"/></rdf:li>
                </rdf:Alt>
              </dc:title>
              <dc:creator><rdf:Seq><rdf:li>CCM Portal Bank</rdf:li></rdf:Seq></dc:creator>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <fo:page-sequence master-reference="page">
        <xsl:call-template name="letterhead">
          <xsl:with-param name="heading" select="$d/title"/>
          <xsl:with-param name="subheading" select="$d/generatedLine"/>
          <xsl:with-param name="preview" select="$preview"/>
        </xsl:call-template>
        <xsl:call-template name="footer"/>
        <fo:flow flow-name="xsl-region-body">
          <fo:block role="H1" font-size="16pt" font-weight="bold" color="#1F3A5F"
              space-before="2mm" space-after="2mm"><xsl:value-of select="$d/title"/></fo:block>
          <fo:block font-size="9pt" color="#3D4A5C" space-after="1mm">
            <xsl:value-of select="$d/customerLine"/>
          </fo:block>
          <fo:block font-size="9pt" color="#3D4A5C" space-after="5mm">
            <xsl:value-of select="$d/generatedLine"/>
          </fo:block>
          <fo:block space-after="5mm" line-height="1.45"><xsl:value-of select="$d/lead"/></fo:block>
          <xsl:choose>
            <xsl:when test="not($d/records/item)">
              <fo:block font-style="italic"><xsl:value-of select="$l/none"/></fo:block>
            </xsl:when>
            <xsl:otherwise>
              <fo:list-block provisional-distance-between-starts="9mm"
                  provisional-label-separation="2mm">
                <xsl:for-each select="$d/records/item">
                  <fo:list-item space-after="4mm" keep-together.within-page="always">
                    <fo:list-item-label end-indent="label-end()">
                      <fo:block font-weight="bold" color="#1F3A5F"><xsl:value-of select="position()"/>.</fo:block>
                    </fo:list-item-label>
                    <fo:list-item-body start-indent="body-start()">
                      <fo:block font-weight="bold" color="#1F3A5F"><xsl:value-of select="summary"/></fo:block>
                      <xsl:call-template name="line">
                        <xsl:with-param name="label" select="$l/when"/>
                        <xsl:with-param name="value" select="when"/>
                      </xsl:call-template>
                      <xsl:call-template name="line">
                        <xsl:with-param name="label" select="$l/text"/>
                        <xsl:with-param name="value" select="textVersion"/>
                      </xsl:call-template>
                      <fo:block font-size="9pt" line-height="1.35">
                        <fo:inline font-weight="bold"><xsl:value-of select="$l/sha256"/><xsl:text>: </xsl:text></fo:inline>
                        <fo:inline font-size="8pt"><xsl:value-of select="textSha256"/></fo:inline>
                      </fo:block>
                      <xsl:call-template name="line">
                        <xsl:with-param name="label" select="$l/how"/>
                        <xsl:with-param name="value" select="method"/>
                      </xsl:call-template>
                      <xsl:call-template name="line">
                        <xsl:with-param name="label" select="$l/who"/>
                        <xsl:with-param name="value" select="actor"/>
                      </xsl:call-template>
                      <xsl:if test="string(reason) != ''">
                        <xsl:call-template name="line">
                          <xsl:with-param name="label" select="$l/reason"/>
                          <xsl:with-param name="value" select="reason"/>
                        </xsl:call-template>
                      </xsl:if>
                    </fo:list-item-body>
                  </fo:list-item>
                </xsl:for-each>
              </fo:list-block>
            </xsl:otherwise>
          </xsl:choose>
          <fo:block id="last-page"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template name="line">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <fo:block font-size="9pt" line-height="1.35">
      <fo:inline font-weight="bold"><xsl:value-of select="$label"/><xsl:text>: </xsl:text></fo:inline>
      <xsl:value-of select="$value"/>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
