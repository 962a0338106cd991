package org.ccmportal.portal.interfaces.web.publications;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.flow.Flow;
import jakarta.faces.flow.builder.FlowBuilder;
import jakarta.faces.flow.builder.FlowBuilderParameter;
import jakarta.faces.flow.builder.FlowDefinition;
import java.io.Serializable;

/**
 * The publication wizard as a Faces Flow: template, then audience, then schedule and preview, then
 * create-and-submit. Its pages live under {@code /backoffice/publications/wizard/}, so the
 * back-office page rules apply to every step; leaving it (done or cancelled) ends the flow and its
 * {@link CreatePublication} state. A bean (the WAR discovers annotated beans only), so that its
 * producer is found.
 */
@Dependent
public class PublicationWizardFlow implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The flow id: the outcome that enters the wizard. */
  public static final String ID = "publicationWizard";

  private static final String PAGES = "/backoffice/publications/wizard/";

  @Produces
  @FlowDefinition
  public Flow define(@FlowBuilderParameter FlowBuilder flow) {
    flow.id("", ID);
    flow.viewNode("template", PAGES + "template.xhtml").markAsStartNode();
    flow.viewNode("audience", PAGES + "audience.xhtml");
    flow.viewNode("schedule", PAGES + "schedule.xhtml");
    flow.returnNode("done").fromOutcome("/backoffice/publications/index?faces-redirect=true");
    flow.returnNode("cancel").fromOutcome("/backoffice/publications/index?faces-redirect=true");
    return flow.getFlow();
  }
}
