"""'wprowadził' names the author of the published version, so the fallback text is for versions without one."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('resolutions', '0002_resolution_groups'),
    ]

    operations = [
        migrations.AlterField(
            model_name='resolutionpage',
            name='entered_by',
            field=models.CharField(blank=True, default='redaktor BIP', help_text='Używane tylko wtedy, gdy opublikowanej wersji nie wprowadził użytkownik portalu (np. import).', max_length=200, verbose_name='wprowadził (gdy brak konta)'),
        ),
    ]
