<?xml version="1.0" encoding="UTF-8"?>
<!--
  Payment reminder for an invoice, version 1. Input: <data> converted from JSON (see JsonXml)
  with customerName, addressLines/item, invoiceNumber, invoiceDate, dueDate (ISO dates), currency,
  amountDue, beneficiary, iban, bic, paymentReference, and optionally contactPhone.
  Parameter preview = 'true' marks every page PREVIEW.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="fragment:letterhead"/>
  <xsl:include href="fragment:address"/>
  <xsl:include href="fragment:footer"/>
  <xsl:include href="fragment:format"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
  <xsl:param name="preview" select="'false'"/>

  <xsl:variable name="d" select="/data"/>
  <xsl:variable name="title" select="concat('Payment reminder – invoice ', $d/invoiceNumber)"/>
  <xsl:variable name="due">
    <xsl:call-template name="format-date"><xsl:with-param name="iso" select="$d/dueDate"/></xsl:call-template>
  </xsl:variable>
  <xsl:variable name="amount">
    <xsl:call-template name="format-amount"><xsl:with-param name="amount" select="$d/amountDue"/></xsl:call-template><xsl:value-of select="concat(' ', $d/currency)"/>
  </xsl:variable>

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
                  <rdf:li xml:lang="x-default"><xsl:value-of select="$title"/></rdf:li>
                </rdf:Alt>
              </dc:title>
              <dc:creator><rdf:Seq><rdf:li>CCM Portal Bank</rdf:li></rdf:Seq></dc:creator>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <fo:page-sequence master-reference="page">
        <xsl:call-template name="letterhead">
          <xsl:with-param name="heading">Payment reminder</xsl:with-param>
          <xsl:with-param name="subheading" select="concat('Invoice ', $d/invoiceNumber)"/>
          <xsl:with-param name="preview" select="$preview"/>
        </xsl:call-template>
        <xsl:call-template name="footer"/>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="address-block">
            <xsl:with-param name="name" select="$d/customerName"/>
            <xsl:with-param name="lines" select="$d/addressLines/item"/>
          </xsl:call-template>
          <fo:block role="H1" font-size="16pt" font-weight="bold" color="#1F3A5F"
              space-before="4mm" space-after="2mm"><xsl:value-of select="$title"/></fo:block>
          <fo:block space-before="2mm" space-after="4mm">
            <xsl:text>Dear </xsl:text><xsl:value-of select="$d/customerName"/><xsl:text>,</xsl:text>
          </fo:block>
          <fo:block space-after="4mm" line-height="1.45" text-align="justify">
            <xsl:text>According to our records, invoice </xsl:text><xsl:value-of select="$d/invoiceNumber"/>
            <xsl:text> of </xsl:text><xsl:call-template name="format-date"><xsl:with-param name="iso" select="$d/invoiceDate"/></xsl:call-template>
            <xsl:text> has not been paid yet. If you have paid it in the last few days, thank you, and please ignore this reminder. Otherwise, please pay the amount below by </xsl:text>
            <xsl:value-of select="$due"/><xsl:text>.</xsl:text>
          </fo:block>
          <fo:table table-layout="fixed" width="100%" border="0.5pt solid #C9D3DF">
            <fo:table-column column-width="proportional-column-width(1)" number-columns-repeated="3"/>
            <fo:table-header background-color="#F2F5F9" font-size="7.5pt" color="#5A6B7F">
              <fo:table-row>
                <fo:table-cell padding="2mm 3mm 0mm 3mm"><fo:block>Invoice</fo:block></fo:table-cell>
                <fo:table-cell padding="2mm 3mm 0mm 3mm"><fo:block>Pay by</fo:block></fo:table-cell>
                <fo:table-cell padding="2mm 3mm 0mm 3mm" background-color="#1F3A5F" color="#DDE5EF"><fo:block>Amount due</fo:block></fo:table-cell>
              </fo:table-row>
            </fo:table-header>
            <fo:table-body background-color="#F2F5F9" font-size="11pt" font-weight="bold">
              <fo:table-row>
                <fo:table-cell padding="1mm 3mm 2mm 3mm"><fo:block><xsl:value-of select="$d/invoiceNumber"/></fo:block></fo:table-cell>
                <fo:table-cell padding="1mm 3mm 2mm 3mm"><fo:block><xsl:value-of select="$due"/></fo:block></fo:table-cell>
                <fo:table-cell padding="1mm 3mm 2mm 3mm" background-color="#1F3A5F" color="#FFFFFF"><fo:block><xsl:value-of select="$amount"/></fo:block></fo:table-cell>
              </fo:table-row>
            </fo:table-body>
          </fo:table>
          <fo:block role="H2" font-size="12pt" font-weight="bold" color="#1F3A5F"
              space-before="7mm" space-after="2.5mm" keep-with-next.within-page="always">How to pay</fo:block>
          <fo:table table-layout="fixed" width="100%" font-size="9.5pt" keep-together.within-page="always">
            <fo:table-column column-width="50mm"/>
            <fo:table-column column-width="proportional-column-width(1)"/>
            <fo:table-header font-weight="bold" color="#FFFFFF" background-color="#1F3A5F">
              <fo:table-row>
                <fo:table-cell padding="1.5mm 3mm"><fo:block>Bank transfer</fo:block></fo:table-cell>
                <fo:table-cell padding="1.5mm 3mm"><fo:block>Use exactly these details</fo:block></fo:table-cell>
              </fo:table-row>
            </fo:table-header>
            <fo:table-body>
              <xsl:call-template name="row"><xsl:with-param name="label">Beneficiary</xsl:with-param><xsl:with-param name="value" select="$d/beneficiary"/></xsl:call-template>
              <xsl:call-template name="row"><xsl:with-param name="label">IBAN</xsl:with-param><xsl:with-param name="value" select="$d/iban"/></xsl:call-template>
              <xsl:call-template name="row"><xsl:with-param name="label">BIC</xsl:with-param><xsl:with-param name="value" select="$d/bic"/></xsl:call-template>
              <xsl:call-template name="row"><xsl:with-param name="label">Structured reference</xsl:with-param><xsl:with-param name="value" select="$d/paymentReference"/></xsl:call-template>
              <xsl:call-template name="row"><xsl:with-param name="label">Amount</xsl:with-param><xsl:with-param name="value" select="$amount"/></xsl:call-template>
            </fo:table-body>
          </fo:table>
          <fo:block space-before="5mm" line-height="1.45" text-align="justify">
            <xsl:text>Please quote the structured reference so that we can match your payment. If you cannot pay in full by the due date, contact us before then</xsl:text>
            <xsl:if test="$d/contactPhone"><xsl:text> on </xsl:text><xsl:value-of select="$d/contactPhone"/></xsl:if>
            <xsl:text>: we can agree a payment plan with you. If we receive neither payment nor a reply, we may charge the late-payment interest allowed by law and pass the debt to a collection agency.</xsl:text>
          </fo:block>
          <fo:block space-before="6mm" keep-together.within-page="always">
            <fo:block>Yours sincerely,</fo:block>
            <fo:block space-before="8mm" font-weight="bold">Accounts Receivable</fo:block>
            <fo:block>CCM Portal Bank</fo:block>
          </fo:block>
          <fo:block id="last-page"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template name="row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <fo:table-row border-bottom="0.4pt solid #DDE3EA">
      <fo:table-cell padding="1.5mm 3mm"><fo:block color="#5A6B7F"><xsl:value-of select="$label"/></fo:block></fo:table-cell>
      <fo:table-cell padding="1.5mm 3mm"><fo:block font-weight="bold"><xsl:value-of select="$value"/></fo:block></fo:table-cell>
    </fo:table-row>
  </xsl:template>
</xsl:stylesheet>
