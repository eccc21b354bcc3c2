"""``{% component %}``: a shared include that wraps markup, for components whose content is the page's own.

``{% include %}`` passes values, not markup; a summary list's value may be a link, an address or a date. So::

    {% component "includes/summary_row.html" label=_("Telefon") %}<a href="tel:…">…</a>{% endcomponent %}

renders the include with ``content`` set to the rendered body (and the keyword values beside it), in the page's
context, as ``{% include %}`` does. One template per component keeps its markup in one place: the pages and the
pattern library (``/wzorce/``) draw the same thing.

``{% defaults level=3 badge="" %}``, at the top of a component, gives each value the page did not pass (and the
context does not hold) its default: the component's signature, in one line. A value left undefined would cost
Django a failed lookup each time it is read (an exception caught, about 7 µs), and a directory's 28 cards read
eight each.
"""

from django import template
from django.template.base import Node, TemplateSyntaxError, token_kwargs
from django.utils.safestring import mark_safe

register = template.Library()


class ComponentNode(Node):
    def __init__(self, template_name, values, nodelist):
        self.template_name = template_name
        self.values = values
        self.nodelist = nodelist

    def render(self, context):
        content = mark_safe(self.nodelist.render(context).strip())
        values = {name: value.resolve(context) for name, value in self.values.items()}
        component = context.template.engine.get_template(self.template_name.resolve(context))
        with context.push(content=content, **values):
            return component.render(context)


class DefaultsNode(Node):
    def __init__(self, values):
        self.values = values

    def render(self, context):
        for name, value in self.values.items():
            if name not in context:
                context[name] = value.resolve(context)  # the component's own scope: include and component push one
        return ""


@register.tag
def defaults(parser, token):
    bits = token.split_contents()
    values = token_kwargs(bits[1:], parser, support_legacy=False)
    if not values or len(values) != len(bits) - 1:
        raise TemplateSyntaxError(f"{{% defaults %}} takes name=value pairs, not {bits[1:]}")
    return DefaultsNode(values)


@register.tag
def component(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise TemplateSyntaxError('{% component "includes/…html" name=value … %} needs a template name')
    values = token_kwargs(bits[2:], parser, support_legacy=False)
    if len(values) != len(bits) - 2:
        raise TemplateSyntaxError(f"{{% component %}} takes name=value pairs after the template, not {bits[2:]}")
    nodelist = parser.parse(("endcomponent",))
    parser.delete_first_token()
    return ComponentNode(parser.compile_filter(bits[1]), values, nodelist)
